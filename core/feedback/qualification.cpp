#include "qualification.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

struct EnhancedRule {
    const char16_t *prefix;
    FailureReason reason;
};

// RFC 3463 subjects that name a reason; the first prefix that matches wins.
constexpr EnhancedRule enhancedRules[] = {
    {u"5.1.1", FailureReason::UserUnknown},     {u"5.1.0", FailureReason::UserUnknown},
    {u"5.1.2", FailureReason::InvalidDomain},   {u"5.1.10", FailureReason::InvalidDomain},
    {u"5.2.1", FailureReason::AccountDisabled}, {u"4.2.1", FailureReason::AccountDisabled},
    {u"5.2.2", FailureReason::MailboxFull},     {u"4.2.2", FailureReason::MailboxFull},
    {u"4.4.", FailureReason::Unreachable},      {u"5.4.", FailureReason::Unreachable},
    {u"4.7.", FailureReason::Refused},          {u"5.7.", FailureReason::Refused},
};

} // namespace

bool isThrottling(const SmtpReply &reply)
{
    static const QRegularExpression slowDown(u"rate|too many|try (again )?later|throttl|reputation|temporarily deferred"_qs,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reply.code == 421 || reply.enhanced.startsWith(u"4.7."_qs))
        return true;
    return reply.isTransient() && slowDown.match(reply.lines.join(u' ')).hasMatch();
}

Qualification qualify(const SmtpOutcome &outcome)
{
    if (outcome.kind == SmtpOutcome::Kind::ConnectionError)
        return {FailureType::Soft, FailureReason::Unreachable};
    const SmtpReply &reply = outcome.reply;
    const FailureType type = reply.isPermanent() ? FailureType::Hard : FailureType::Soft;
    for (const EnhancedRule &rule : enhancedRules) {
        if (reply.enhanced.startsWith(QStringView(rule.prefix)))
            return {type, rule.reason};
    }
    if (reply.code == 421)
        return {FailureType::Soft, FailureReason::Refused};
    return {type, FailureReason::NotDefined};
}

} // namespace diffusion
