#include "qualifier.h"

#include "common/glob.h"
#include "store/connection.h"
#include "store/storeerror.h"

namespace diffusion {

namespace {

// The code word of an outcome that has no server reply. Its error text is translated, so the
// words come from what the session knew: the phase, and whether a server was ever reached.
QString connectionCode(const SmtpOutcome &outcome)
{
    if (outcome.kind == SmtpOutcome::Kind::Rejected)
        return u"local"_qs; // refused before sending, by the session itself
    if (outcome.host.isEmpty())
        return u"dns"_qs; // the engine found no server to connect to
    switch (outcome.phase) {
    case SmtpPhase::Connect:
        return u"connect"_qs;
    case SmtpPhase::StartTls:
        return u"tls"_qs;
    case SmtpPhase::Auth:
        return u"auth"_qs;
    default:
        return u"lost"_qs;
    }
}

// A refused message is never retried, so it is not Soft; a retried one is not Hard yet.
FailureType boundedType(FailureType type, SmtpOutcome::Kind kind)
{
    const bool final = kind == SmtpOutcome::Kind::Rejected;
    if (final && type == FailureType::Soft)
        return FailureType::Hard;
    if (!final && type == FailureType::Hard)
        return FailureType::Soft;
    return type;
}

} // namespace

bool Qualifier::Rule::matches(QStringView code, QStringView enhanced, const QString &replyText) const
{
    return (smtpCode.isEmpty() || globMatches(smtpCode, code))
        && (enhancedCode.isEmpty() || globMatches(enhancedCode, enhanced))
        && (text.pattern().isEmpty() || text.match(replyText).hasMatch());
}

Qualifier Qualifier::load(QSqlDatabase &db)
{
    Qualifier qualifier;
    QSqlQuery query = runQuery(db, u"SELECT id, label, smtp_code, enhanced_code, text_regex, failure_type, failure_reason "
                                   "FROM qualification_rule ORDER BY position, id"_qs);
    while (query.next()) {
        Rule rule;
        rule.id = query.value(0).toLongLong();
        rule.label = query.value(1).toString();
        rule.smtpCode = query.value(2).toString().trimmed();
        rule.enhancedCode = query.value(3).toString().trimmed();
        rule.text = QRegularExpression(query.value(4).toString(), QRegularExpression::CaseInsensitiveOption);
        // isValid() compiles the pattern here, once, rather than on the first match.
        if (!rule.text.isValid()) {
            throw StoreError(tr("The qualification rule %1 (“%2”) has a text pattern that is not a valid regular "
                                "expression: %3 at character %4. Correct its text_regex in the qualification_rule table.")
                                 .arg(rule.id).arg(rule.label, rule.text.errorString())
                                 .arg(rule.text.patternErrorOffset()));
        }
        rule.qualification = {FailureType(query.value(5).toInt()), FailureReason(query.value(6).toInt())};
        qualifier.m_rules.append(rule);
    }
    return qualifier;
}

QualificationMatch Qualifier::qualify(const SmtpOutcome &outcome) const
{
    const SmtpReply &reply = outcome.reply;
    const bool replied = reply.code != 0;
    const QString code = replied ? QString::number(reply.code) : connectionCode(outcome);
    const QString text = replied ? reply.lines.join(u' ') : outcome.error;
    for (const Rule &rule : m_rules) {
        if (rule.matches(code, reply.enhanced, text)) {
            return {{boundedType(rule.qualification.type, outcome.kind), rule.qualification.reason}, rule.id, rule.label};
        }
    }
    return {{boundedType(FailureType::Soft, outcome.kind), FailureReason::NotDefined}, 0, {}};
}

} // namespace diffusion
