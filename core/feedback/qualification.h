#pragma once

#include "domain/codes.h"
#include "smtp/smtptypes.h"

namespace diffusion {

struct Qualification {
    FailureType type = FailureType::Soft;
    FailureReason reason = FailureReason::NotDefined;

    bool operator==(const Qualification &) const = default;
};

// True for replies that ask the sender to slow down: 421, 4.7.x, or texts about rates and
// "try again later". The scheduler backs off on them.
bool isThrottling(const SmtpReply &reply);

} // namespace diffusion
