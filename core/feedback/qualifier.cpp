#include "qualifier.h"

#include "common/glob.h"
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
    return fromRules(QualificationRule::loadAll(db));
}

Qualifier Qualifier::fromRules(const QList<QualificationRule> &rules)
{
    Qualifier qualifier;
    for (const QualificationRule &stored : rules) {
        Rule rule;
        rule.id = stored.id;
        rule.label = stored.label;
        rule.smtpCode = stored.smtpCode.trimmed();
        rule.enhancedCode = stored.enhancedCode.trimmed();
        rule.text = QRegularExpression(stored.textRegex, QRegularExpression::CaseInsensitiveOption);
        // isValid() compiles the pattern here, once, rather than on the first match.
        if (!rule.text.isValid()) {
            throw StoreError(tr("The qualification rule %1 (“%2”) has a text pattern that is not a valid regular "
                                "expression: %3 at character %4. Correct its text_regex in the qualification_rule table.")
                                 .arg(rule.id).arg(rule.label, rule.text.errorString())
                                 .arg(rule.text.patternErrorOffset()));
        }
        rule.qualification = stored.qualification;
        qualifier.m_rules.append(rule);
    }
    return qualifier;
}

QStringList Qualifier::outcomeWords()
{
    return {u"dns"_qs, u"connect"_qs, u"tls"_qs, u"auth"_qs, u"lost"_qs, u"local"_qs};
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
