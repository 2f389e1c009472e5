#include "replytestbox.h"

#include "qualificationrulelistmodel.h"
#include "feedback/typedreply.h"
#include "store/storeerror.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace diffusion::ui {

ReplyTestBox::ReplyTestBox(QWidget *parent)
    : QGroupBox(parent), m_reply(new QLineEdit(this)), m_replyLabel(new QLabel(this)), m_typeLabel(new QLabel(this)),
      m_reasonLabel(new QLabel(this)), m_ruleLabel(new QLabel(this)), m_type(new QLabel(this)), m_reason(new QLabel(this)),
      m_rule(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(u"replyTestBox"_qs);
    m_reply->setObjectName(u"testReply"_qs);
    m_reply->setClearButtonEnabled(true);
    m_type->setObjectName(u"testType"_qs);
    m_reason->setObjectName(u"testReason"_qs);
    m_rule->setObjectName(u"testRule"_qs);
    m_rule->setWordWrap(true);
    m_message->setObjectName(u"testMessage"_qs);
    m_message->setWordWrap(true);
    m_replyLabel->setBuddy(m_reply);
    for (QLabel *label : {m_type, m_reason, m_rule, m_message})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_replyLabel, m_reply);
    layout->addRow(m_typeLabel, m_type);
    layout->addRow(m_reasonLabel, m_reason);
    layout->addRow(m_ruleLabel, m_rule);
    layout->addRow(m_message);
    connect(m_reply, &QLineEdit::textChanged, this, &ReplyTestBox::test);
    retranslateUi();
}

void ReplyTestBox::setRules(const QList<QualificationRule> &rules)
{
    m_rules = rules;
    m_qualifier.reset();
    test();
}

void ReplyTestBox::setReply(const QString &reply)
{
    m_reply->setText(reply);
}

void ReplyTestBox::test()
{
    for (QLabel *label : {m_type, m_reason, m_rule, m_message})
        label->clear();
    QString problem;
    const std::optional<SmtpReply> reply = TypedReply::parse(m_reply->text(), &problem);
    if (!reply) {
        m_message->setText(problem);
        return;
    }
    if (!m_qualifier) {
        // The rules know their place in the table by the id they carry here: new rules have none yet.
        QList<QualificationRule> numbered = m_rules;
        for (qsizetype row = 0; row < numbered.size(); ++row)
            numbered[row].id = row + 1;
        try {
            m_qualifier = Qualifier::fromRules(numbered);
            m_qualifierError.clear();
        } catch (const StoreError &error) {
            m_qualifierError = error.message();
        }
    }
    if (!m_qualifier) {
        m_message->setText(m_qualifierError);
        return;
    }
    const QualificationMatch match = m_qualifier->qualify(TypedReply::atRecipient(*reply));
    m_type->setText(QualificationRuleListModel::typeLabel(match.qualification.type));
    m_reason->setText(QualificationRuleListModel::reasonLabel(match.qualification.reason));
    if (match.ruleId == 0) {
        m_rule->setText(tr("No rule matches: the reply would be counted in the list of replies to qualify."));
    } else {
        m_rule->setText(tr("Rule %1 in the table: %2").arg(QLocale().toString(match.ruleId), match.ruleLabel));
        if (match.qualification.type != m_rules.at(match.ruleId - 1).qualification.type)
            m_message->setText(tr("The rule says %1, but a message refused for good is never Soft and one that is retried is "
                                  "never Hard.")
                                   .arg(QualificationRuleListModel::typeLabel(m_rules.at(match.ruleId - 1).qualification.type)));
    }
}

void ReplyTestBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ReplyTestBox::retranslateUi()
{
    setTitle(tr("&Test this reply"));
    m_replyLabel->setText(tr("Reply:"));
    m_reply->setPlaceholderText(tr("550 5.1.1 <someone@example.com>: User unknown"));
    m_reply->setToolTip(tr("A reply as the server sent it; \\n separates the lines of a multi-line reply. The result "
                           "follows the rules as they are edited, before they are saved."));
    m_typeLabel->setText(tr("Type:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_ruleLabel->setText(tr("Decided by:"));
    test();
}

} // namespace diffusion::ui
