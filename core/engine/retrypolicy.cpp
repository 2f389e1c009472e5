#include "retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace diffusion {

qint64 RetryPolicy::nextAttempt(qint64 now, int retriesSoFar, qint64 validUntil) const
{
    qint64 delay = firstDelayS;
    for (int i = 0; i < retriesSoFar && delay < maxDelayS; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayS);
    const double spread = (QRandomGenerator::global()->generateDouble() * 2 - 1) * jitter;
    const qint64 at = now + std::max<qint64>(1, qint64(double(delay) * (1 + spread)));
    return at < validUntil ? at : 0;
}

} // namespace diffusion
