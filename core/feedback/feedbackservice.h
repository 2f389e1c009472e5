#pragma once

#include "qualification.h"
#include "smtp/smtptypes.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// One engine outcome for one message, with the engine's decision about a retry.
struct MessageEvent {
    qint64 broadlogId = 0;
    qint64 at = 0;              // Unix seconds
    SmtpOutcome outcome;
    qint64 nextAttemptAt = 0;   // for a deferral: when to try again; 0: no more tries (Failed)
    std::optional<Qualification> qualification; // when the engine knows the reason (personalization error)
};

// The one place that changes message statuses (../shared/spec/email-delivery.md §2–§3). Its
// functions run inside StoreWriter jobs, so a batch of events is one transaction, and a status is
// durable before anyone reports it. Transitions never move a final status backwards, so a
// replayed or duplicate event changes nothing.
class FeedbackService final
{
public:
    // The engine took the delivery's pending messages into its queue: Pending → Taken into
    // account by the service provider. Returns how many moved.
    static qint64 takeIntoAccount(QSqlDatabase &db, qint64 deliveryId, qint64 at);

    // Applies outcomes: 250 → Sent; permanent → Failed (hard); transient or connection error →
    // unchanged status with the reason, one more retry and the next attempt time, or Failed when
    // no retry is left. Every event is kept in delivery_event.
    static void apply(QSqlDatabase &db, const QList<MessageEvent> &events);
};

} // namespace diffusion
