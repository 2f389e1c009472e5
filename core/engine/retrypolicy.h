#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace diffusion {

// When a soft-bounced message is tried again: exponential backoff with jitter, never past the
// end of the delivery's validity (../shared/spec §6; peers: 20 min doubling).
struct RetryPolicy {
    Q_DECLARE_TR_FUNCTIONS(RetryPolicy)

public:
    qint64 firstDelayS = 20 * 60;
    qint64 maxDelayS = 12 * 3600;
    double jitter = 0.1; // ± this fraction of the delay, so that retries of a burst spread out

    // The time of the next attempt after `retriesSoFar` failures at `now`, or 0 when that would
    // be past `validUntil`.
    qint64 nextAttempt(qint64 now, int retriesSoFar, qint64 validUntil) const;

    // This schedule with the workspace's settings where they are set: retry.first_delay_s and
    // retry.max_delay_s (whole seconds, at least 1) and retry.jitter_percent (0 to 50). A value
    // that is not one of those throws StoreError with a sentence naming the setting.
    RetryPolicy withSettings(QSqlDatabase &db) const;
};

} // namespace diffusion
