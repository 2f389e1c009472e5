#include "bouncequalifier.h"

#include "smtpdiagnostic.h"
#include "store/memoryworkspace.h"
#include "store/storeerror.h"

namespace diffusion {

namespace {

bool isFailed(const BounceRecipient &recipient)
{
    return recipient.action.isEmpty() || recipient.action == u"failed"_qs;
}

// The type agrees with what happens to the message: a delayed one is still retried by the
// remote MTA, a failed one with a permanent status will never arrive.
FailureType boundedType(FailureType type, const BounceRecipient &recipient)
{
    if (recipient.action == u"delayed"_qs && type == FailureType::Hard)
        return FailureType::Soft;
    if (isFailed(recipient) && recipient.status.startsWith(u'5') && type == FailureType::Soft)
        return FailureType::Hard;
    return type;
}

// The SMTP outcome a DSN recipient stands for, as the synchronous rules read it: the reply in
// its diagnostic, else a bare code of its status's class (550 for 5.x.x, 450 for 4.x.x) with the
// status as enhanced code.
} // namespace

SmtpOutcome bounceOutcome(const BounceRecipient &recipient)
{
    const SmtpDiagnostic diagnostic = SmtpDiagnostic::read(recipient.diagnostic);
    SmtpOutcome outcome;
    outcome.phase = SmtpPhase::RcptTo;
    outcome.host = recipient.remoteMta;
    SmtpReply &reply = outcome.reply;
    const QChar statusClass = recipient.status.isEmpty() ? QChar() : recipient.status.front();
    if (diagnostic.code >= 400)
        reply.code = diagnostic.code;
    else if (statusClass == u'5' || statusClass == u'4')
        reply.code = statusClass == u'5' ? 550 : 450;
    else
        reply.code = isFailed(recipient) ? 550 : 450;
    const QChar replyClass = QChar(u'0' + reply.code / 100);
    if (diagnostic.enhanced.startsWith(replyClass))
        reply.enhanced = diagnostic.enhanced;
    else if (statusClass == replyClass)
        reply.enhanced = recipient.status;
    reply.lines = QStringList{diagnostic.text};
    outcome.kind = reply.isPermanent() ? SmtpOutcome::Kind::Rejected : SmtpOutcome::Kind::Deferred;
    return outcome;
}

BounceQualifier BounceQualifier::load(QSqlDatabase &db)
{
    return fromRules(InboundRule::loadAll(db), Qualifier::load(db));
}

BounceQualifier BounceQualifier::fromRules(const QList<InboundRule> &rules, const Qualifier &qualifier)
{
    BounceQualifier result;
    result.m_qualifier = qualifier;
    for (const InboundRule &stored : rules) {
        Rule rule;
        rule.id = stored.id;
        rule.label = stored.label;
        if (stored.kind != InboundRule::kindAny()) {
            rule.kind = bounceKindFromId(stored.kind);
            if (!rule.kind) {
                throw StoreError(tr("The inbound rule %1 (“%2”) applies to bounces of kind “%3”, which does not exist: "
                                    "use one of %4. Correct its kind in the inbound_rule table.")
                                     .arg(rule.id).arg(rule.label, stored.kind, InboundRule::kindIds().join(u", "_qs)));
            }
        }
        // The texts searched are several lines: ^ and $ anchor a line.
        rule.pattern = QRegularExpression(stored.pattern, QRegularExpression::CaseInsensitiveOption
                                                              | QRegularExpression::MultilineOption);
        // isValid() compiles the pattern here, once, rather than on the first match.
        if (!rule.pattern.isValid()) {
            throw StoreError(tr("The inbound rule %1 (“%2”) has a pattern that is not a valid regular expression: "
                                "%3 at character %4. Correct its pattern in the inbound_rule table.")
                                 .arg(rule.id).arg(rule.label, rule.pattern.errorString())
                                 .arg(rule.pattern.patternErrorOffset()));
        }
        rule.qualification = stored.qualification;
        result.m_rules.append(rule);
    }
    return result;
}

BounceQualifier BounceQualifier::defaults()
{
    MemoryWorkspace workspace;
    return load(workspace.db());
}

const BounceQualifier::Rule *BounceQualifier::firstMatch(BounceKind kind, const QString &text) const
{
    for (const Rule &rule : m_rules) {
        if (rule.kind && *rule.kind != kind)
            continue;
        if (rule.pattern.pattern().isEmpty() || rule.pattern.match(text).hasMatch())
            return &rule;
    }
    return nullptr;
}

const BounceQualifier::Rule *BounceQualifier::matchingRule(const BounceReport &report, const BounceRecipient &recipient) const
{
    // What the server said about this recipient is the surest sign: the texts shared by the
    // whole bounce (its subject and human-readable text, often boilerplate) are only searched
    // when no rule matches the recipient's own. The human-readable text speaks of every
    // recipient at once, so it is only searched for the only recipient, or for one without a
    // diagnostic.
    const QString own = recipient.status + u'\n' + recipient.diagnostic + u'\n' + report.feedbackType;
    if (const Rule *rule = firstMatch(report.kind, own))
        return rule;
    QString shared = own + u'\n' + report.subject;
    if (report.recipients.size() <= 1 || recipient.diagnostic.isEmpty())
        shared += u'\n' + report.humanText;
    return firstMatch(report.kind, shared);
}

QualifiedBounceRecipient BounceQualifier::qualifyDelivery(const BounceReport &report, const BounceRecipient &recipient) const
{
    QualifiedBounceRecipient result{recipient, {}, 0, {}, false, false};
    if (!isFailed(recipient) && recipient.action != u"delayed"_qs) {
        result.qualification = {FailureType::Ignored, FailureReason::ErrorIgnored}; // delivered, relayed, expanded
        return result;
    }
    if (const Rule *rule = matchingRule(report, recipient)) {
        result.qualification = {boundedType(rule->qualification.type, recipient), rule->qualification.reason};
        result.ruleId = rule->id;
        result.ruleLabel = rule->label;
        result.byInboundRule = true;
        return result;
    }
    const QualificationMatch match = m_qualifier.qualify(bounceOutcome(recipient));
    if (match.ruleId != 0) {
        result.qualification = {boundedType(match.qualification.type, recipient), match.qualification.reason};
        result.ruleId = match.ruleId;
        result.ruleLabel = match.ruleLabel;
        return result;
    }
    const bool permanent = isFailed(recipient) && !recipient.status.startsWith(u'4');
    result.qualification = {permanent ? FailureType::Hard : FailureType::Soft, FailureReason::NotDefined};
    result.unqualified = true;
    return result;
}

QList<QualifiedBounceRecipient> BounceQualifier::qualify(const BounceReport &report) const
{
    QList<QualifiedBounceRecipient> qualified;
    for (const BounceRecipient &recipient : report.recipients) {
        if (report.kind == BounceKind::Dsn || report.kind == BounceKind::Unknown) {
            qualified.append(qualifyDelivery(report, recipient));
            continue;
        }
        QualifiedBounceRecipient result{recipient, {}, 0, {}, false, false};
        if (const Rule *rule = matchingRule(report, recipient)) {
            result.qualification = rule->qualification;
            result.ruleId = rule->id;
            result.ruleLabel = rule->label;
            result.byInboundRule = true;
        } else if (report.kind == BounceKind::Arf && report.feedbackType != u"not-spam"_qs
                   && report.feedbackType != u"auth-failure"_qs) {
            result.qualification = {FailureType::Hard, FailureReason::Denylisted};
        } else {
            result.qualification = {FailureType::Ignored, FailureReason::ErrorIgnored};
        }
        qualified.append(result);
    }
    return qualified;
}

} // namespace diffusion
