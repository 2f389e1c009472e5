#pragma once

#include "rulelistmodel.h"
#include "feedback/qualificationrule.h"

namespace diffusion::ui {

// The qualification rules being edited, in the order they are tried.
class QualificationRuleListModel final : public RuleListModel<QualificationRule, &QualificationRule::loadAll>
{
    Q_OBJECT

public:
    enum Column { Label, SmtpCode, EnhancedCode, TextRegex, Type, Reason, ColumnCount };

    QualificationRuleListModel(const QString &workspacePath, QObject *parent);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A failure type's or reason's label in the current language.
    static QString typeLabel(FailureType type);
    static QString reasonLabel(FailureReason reason);

protected:
    QStringList problemsOf(const QualificationRule &rule) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;

private:
    QString cellText(const QualificationRule &rule, int column) const;
};

} // namespace diffusion::ui
