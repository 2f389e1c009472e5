#pragma once

#include "sqltablemodel.h"

namespace diffusion::ui {

// The MX rules (table mx_rule) in the order they are tried: the lowest position that matches wins.
class MxRuleModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column {
        Position,
        Mask,
        MaxConnections,
        MessagesPerConnection,
        MessagesPerHour,
        Timeouts,
        Tls,
        ColumnCount
    };

    explicit MxRuleModel(const QString &workspacePath, QObject *parent);

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;
};

} // namespace diffusion::ui
