#include "qualificationruledialog.h"

#include "qualificationrulelistmodel.h"
#include "feedback/qualificationruleediting.h"
#include "feedback/qualifier.h"

#include <QComboBox>
#include <QLineEdit>

namespace diffusion::ui {

QualificationRuleDialog::QualificationRuleDialog(const QualificationRule &rule, bool isNew, QWidget *parent)
    : RuleDialog(parent), m_rule(rule), m_new(isNew), m_label(new QLineEdit(this)), m_smtpCode(new QLineEdit(this)),
      m_enhancedCode(new QLineEdit(this)), m_textRegex(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_reason(new QComboBox(this))
{
    setObjectName(u"qualificationRuleDialog"_qs);
    addField(m_label, u"label"_qs);
    addField(m_smtpCode, u"smtpCode"_qs);
    addField(m_enhancedCode, u"enhancedCode"_qs);
    addField(m_textRegex, u"textRegex"_qs);
    addField(m_type, u"type"_qs);
    addField(m_reason, u"reason"_qs);
    m_textRegex->setMinimumWidth(420);
    for (const CodeInfo &type : failureTypeCodes())
        m_type->addItem(QString(), type.value);
    for (const CodeInfo &reason : failureReasonCodes())
        m_reason->addItem(QString(), reason.value);

    m_label->setText(rule.label);
    m_smtpCode->setText(rule.smtpCode);
    m_enhancedCode->setText(rule.enhancedCode);
    m_textRegex->setText(rule.textRegex);
    m_type->setCurrentIndex(m_type->findData(int(rule.qualification.type)));
    m_reason->setCurrentIndex(m_reason->findData(int(rule.qualification.reason)));

    for (QLineEdit *edit : {m_label, m_smtpCode, m_enhancedCode, m_textRegex})
        connect(edit, &QLineEdit::textChanged, this, &QualificationRuleDialog::validate);
    for (QComboBox *box : {m_type, m_reason})
        connect(box, &QComboBox::currentIndexChanged, this, &QualificationRuleDialog::validate);
    retranslateUi();
    validate();
}

QualificationRule QualificationRuleDialog::rule() const
{
    QualificationRule rule = m_rule;
    rule.label = m_label->text().trimmed();
    rule.smtpCode = m_smtpCode->text().trimmed();
    rule.enhancedCode = m_enhancedCode->text().trimmed();
    rule.textRegex = m_textRegex->text();
    rule.qualification = {FailureType(m_type->currentData().toInt()), FailureReason(m_reason->currentData().toInt())};
    return rule;
}

void QualificationRuleDialog::validate()
{
    const auto widget = [this](QualificationRuleEditing::Field field) -> QWidget * {
        switch (field) {
        case QualificationRuleEditing::Field::Label: return m_label;
        case QualificationRuleEditing::Field::SmtpCode: return m_smtpCode;
        case QualificationRuleEditing::Field::EnhancedCode: return m_enhancedCode;
        case QualificationRuleEditing::Field::TextRegex: return m_textRegex;
        case QualificationRuleEditing::Field::Type: return m_type;
        case QualificationRuleEditing::Field::Reason: return m_reason;
        }
        return m_label;
    };
    QList<std::pair<QWidget *, QString>> problems;
    for (const QualificationRuleEditing::Problem &problem : QualificationRuleEditing::validate(rule()))
        problems.append({widget(problem.field), problem.text});
    showProblems(problems);
}

void QualificationRuleDialog::retranslateUi()
{
    setWindowTitle(m_new ? tr("New qualification rule") : tr("Qualification rule “%1”").arg(m_rule.label));
    setFieldLabel(m_label, tr("&Name:"));
    setFieldLabel(m_smtpCode, tr("Reply &code:"));
    setFieldLabel(m_enhancedCode, tr("&Enhanced code:"));
    setFieldLabel(m_textRegex, tr("Te&xt pattern:"));
    setFieldLabel(m_type, tr("&Type:"));
    setFieldLabel(m_reason, tr("&Reason:"));
    m_smtpCode->setPlaceholderText(tr("any"));
    m_smtpCode->setToolTip(tr("550, or 5?? with ? for any digit, 5* for any run; empty for any code. Outcomes without a "
                              "reply have a word instead: %1.")
                               .arg(Qualifier::outcomeWords().join(u", "_qs)));
    m_enhancedCode->setPlaceholderText(tr("any"));
    m_enhancedCode->setToolTip(tr("The RFC 3463 code, class.subject.detail: 5.1.1, 4.7.* or ?.2.2; empty for any."));
    m_textRegex->setPlaceholderText(tr("any"));
    m_textRegex->setToolTip(tr("A regular expression searched in the reply text, whatever the case: "
                               "mailbox (is )?full|over ?quota"));
    for (int item = 0; item < m_type->count(); ++item)
        m_type->setItemText(item, QualificationRuleListModel::typeLabel(FailureType(m_type->itemData(item).toInt())));
    for (int item = 0; item < m_reason->count(); ++item)
        m_reason->setItemText(item, QualificationRuleListModel::reasonLabel(FailureReason(m_reason->itemData(item).toInt())));
}

} // namespace diffusion::ui
