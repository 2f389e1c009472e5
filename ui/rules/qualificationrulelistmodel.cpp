#include "qualificationrulelistmodel.h"

#include "feedback/qualificationruleediting.h"

#include <QApplication>
#include <QStyle>

namespace diffusion::ui {

QualificationRuleListModel::QualificationRuleListModel(const QString &workspacePath, QObject *parent)
    : RuleListModel(workspacePath, ColumnCount, parent)
{
}

QVariant QualificationRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualificationRule &qualificationRule = rule(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(qualificationRule, index.column());
    case Qt::ToolTipRole: {
        const QStringList problems = this->problems(index.row());
        return problems.isEmpty() ? cellText(qualificationRule, index.column()) : problems.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == Label && !problems(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString QualificationRuleListModel::cellText(const QualificationRule &rule, int column) const
{
    // An empty condition matches anything; the table says so rather than showing a blank.
    const auto orAny = [](const QString &text) { return text.isEmpty() ? tr("any") : text; };
    switch (column) {
    case Label: return rule.label;
    case SmtpCode: return orAny(rule.smtpCode);
    case EnhancedCode: return orAny(rule.enhancedCode);
    case TextRegex: return orAny(rule.textRegex);
    case Type: return typeLabel(rule.qualification.type);
    case Reason: return reasonLabel(rule.qualification.reason);
    default: return {};
    }
}

QString QualificationRuleListModel::typeLabel(FailureType type)
{
    const CodeInfo *info = findCode(failureTypeCodes(), int(type));
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(int(type));
}

QString QualificationRuleListModel::reasonLabel(FailureReason reason)
{
    const CodeInfo *info = findCode(failureReasonCodes(), int(reason));
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(int(reason));
}

QStringList QualificationRuleListModel::problemsOf(const QualificationRule &rule) const
{
    QStringList texts;
    for (const QualificationRuleEditing::Problem &problem : QualificationRuleEditing::validate(rule))
        texts.append(problem.text);
    return texts;
}

QString QualificationRuleListModel::columnTitle(int column) const
{
    switch (column) {
    case Label: return tr("Rule");
    case SmtpCode: return tr("Reply code");
    case EnhancedCode: return tr("Enhanced code");
    case TextRegex: return tr("Text pattern");
    case Type: return tr("Type");
    case Reason: return tr("Reason");
    default: return {};
    }
}

QString QualificationRuleListModel::columnToolTip(int column) const
{
    switch (column) {
    case SmtpCode: return tr("550, or 5?? with ? for any digit; or an outcome without a reply: dns, connect, tls, auth, "
                             "lost, local.");
    case EnhancedCode: return tr("The RFC 3463 code the server gives, such as 5.1.1 or 4.7.*.");
    case TextRegex: return tr("A regular expression searched in the reply text, whatever the case.");
    case Type: return tr("Hard puts the address in quarantine at once; Soft retries and counts toward quarantine; "
                         "Ignored never quarantines.");
    default: return {};
    }
}

} // namespace diffusion::ui
