#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// What one destination's ready queue looks like right now, as an I/O worker sees it: taken every
// second (IoWorker::Options::statIntervalMs) and written by the engine into `destination_stat`,
// so that the console shows it whichever process runs the engine.
struct DestinationStat {
    enum class State { Normal, Throttled, Suspended };

    QString key;              // the destination: its hosts (destinationKey)
    QString ruleMask;         // the MX rule it follows
    int queued = 0;           // messages waiting in its ready queue
    int connections = 0;      // SMTP sessions open or opening
    int window = 0;           // connections it may open now (adaptive, halved by throttling)
    int maxConnections = 0;   // the rule's maximum
    int sentLastMinute = 0;   // messages accepted in the last minute
    qint64 deferrals = 0;     // deferred or not connected, since the engine started
    State state = State::Normal;
    qint64 untilMs = 0;       // Throttled or Suspended: when that ends

    bool operator==(const DestinationStat &) const = default;

    // The stored state: "normal", "throttled", "suspended".
    static QString stateId(State state);
};

// The rows of `destination_stat` for a delivery: the changed destinations replace theirs; run in
// a writer job.
void writeDestinationStats(QSqlDatabase &db, qint64 deliveryId, const QList<DestinationStat> &stats, qint64 now);
// An engine that starts or ends leaves no row behind for its delivery.
void clearDestinationStats(QSqlDatabase &db, qint64 deliveryId);

} // namespace diffusion
