#include "qualification.h"

#include <QRegularExpression>

namespace diffusion {

bool isThrottling(const SmtpReply &reply)
{
    static const QRegularExpression slowDown(u"rate|too many|try (again )?later|throttl|reputation|temporarily deferred"_qs,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reply.code == 421 || reply.enhanced.startsWith(u"4.7."_qs))
        return true;
    return reply.isTransient() && slowDown.match(reply.lines.join(u' ')).hasMatch();
}

} // namespace diffusion
