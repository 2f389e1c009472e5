#pragma once

#include "bouncereport.h"

#include <QByteArray>

namespace diffusion {

// Understands one message from the bounce mailbox (docs/inmail.md): a DSN, a complaint (ARF),
// an auto-reply, an MTA's plain-text bounce, or none of these (kind Unknown, no recipients).
// Parses the MIME structure with GMime. Safe from any thread at once; never throws; time and
// memory are bounded whatever the input (the first maxInputBytes only, MIME nesting and part
// counts capped, texts capped).
BounceReport parseBounce(const QByteArray &raw);

constexpr qsizetype maxBounceInputBytes = 2 * 1024 * 1024;

} // namespace diffusion
