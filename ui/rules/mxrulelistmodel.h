#pragma once

#include "rulelistmodel.h"
#include "engine/mxruleediting.h"

namespace diffusion::ui {

// The MX rules being edited, in the order they are tried; the generic rule * stays last.
class MxRuleListModel final : public RuleListModel<MxRule, &MxRuleEditing::load>
{
    Q_OBJECT

public:
    enum Column { Mask, MaxConnections, MessagesPerConnection, MessagesPerHour, Timeouts, Tls, ColumnCount };

    MxRuleListModel(const QString &workspacePath, QObject *parent);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // How a TLS policy reads in the table and in the rule dialog; nothing is the route's policy.
    static QString tlsLabel(std::optional<TlsPolicy> policy);

protected:
    QStringList problemsOf(const MxRule &rule) const override;
    bool isPinned(int row) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;

private:
    QString cellText(const MxRule &rule, int column) const;
};

} // namespace diffusion::ui
