#pragma once

#include "qualification.h"
#include "smtp/smtptypes.h"

#include <QList>
#include <QSqlDatabase>
#include <limits>
#include <optional>

namespace diffusion {

// One outcome for one message: from the engine (an SMTP reply or a connection error) or, when
// asynchronous, from a bounce that arrived later (a DSN).
struct MessageEvent {
    qint64 broadlogId = 0;
    qint64 at = 0;              // Unix seconds
    SmtpOutcome outcome;
    qint64 nextAttemptAt = 0;   // for a deferral: when to try again; 0: no more tries (Failed)
    std::optional<Qualification> qualification; // the type and reason; required unless accepted
    bool asynchronous = false;  // a bounce received after the SMTP session ended
    bool unqualified = false;   // no rule matched the reply: counted in the to-qualify list
};

// The one place that changes message statuses (../shared/spec/email-delivery.md §2–§3), with
// the KPIs and the quarantine that follow from them. Its functions run inside StoreWriter jobs,
// so a batch of events is one transaction and a status is durable before anyone reports it.
// Final statuses never move backwards, so a replayed or duplicate event changes nothing; the
// one exception is an asynchronous hard bounce, which turns Sent into Failed.
class FeedbackService final
{
public:
    // The engine took the delivery's pending messages with an id in [firstId, lastId] into its
    // queue: Pending → Taken into account by the service provider. Returns how many moved.
    static qint64 takeIntoAccount(QSqlDatabase &db, qint64 deliveryId, qint64 at, qint64 firstId = 0,
                                  qint64 lastId = std::numeric_limits<qint64>::max());

    // Applies outcomes: 250 → Sent; hard (or permanent) → Failed; soft or connection error →
    // unchanged status with the reason, one more retry and the next attempt time, or Failed when
    // no retry is left. Every outcome but a 250 is kept in delivery_event.
    static void apply(QSqlDatabase &db, const QList<MessageEvent> &events);

    // The validity period of the delivery ended at `at`: what is still Pending becomes Delivery
    // canceled, what is still waiting for a retry becomes Failed with its last reason. Returns
    // how many messages moved.
    static qint64 expire(QSqlDatabase &db, qint64 deliveryId, qint64 at);

    // The operator stopped the delivery: every message not yet sent is Delivery canceled.
    static qint64 cancelOpen(QSqlDatabase &db, qint64 deliveryId, qint64 at);
};

} // namespace diffusion
