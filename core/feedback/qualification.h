#pragma once

#include "domain/codes.h"
#include "smtp/smtptypes.h"

namespace diffusion {

struct Qualification {
    FailureType type = FailureType::Soft;
    FailureReason reason = FailureReason::NotDefined;
};

// The type and reason of an SMTP outcome that is not a success, from its reply code, its RFC 3463
// enhanced code and its kind. A first, built-in table; the editable rule table of the workspace
// replaces it (feedback issue). A permanent reply is always Hard: it is never retried.
Qualification qualify(const SmtpOutcome &outcome);

// True for replies that ask the sender to slow down: 421, 4.7.x, or texts about rates and
// "try again later". The scheduler backs off on them.
bool isThrottling(const SmtpReply &reply);

} // namespace diffusion
