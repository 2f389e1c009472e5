#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace diffusion {

// A delivery's KPIs as the console and `diffusion-cli status` show them, read from the tables
// FeedbackService keeps up to date (a few rows, never a count of the delivery log).
struct DeliveryKpis {
    struct Counts {
        qint64 pending = 0;
        qint64 takenIntoAccount = 0;
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 ignored = 0;
        qint64 canceled = 0;
        qint64 hardBounces = 0;
        qint64 softBounces = 0;

        qint64 toDeliver() const { return pending + takenIntoAccount + sent + failed + canceled; }
        qint64 processed() const { return takenIntoAccount + sent + failed; }
        double successRate() const { return toDeliver() > 0 ? 100.0 * double(sent) / double(toDeliver()) : 0.0; }
    };
    struct Domain {
        QString name;
        Counts counts;
    };
    struct Minute {
        qint64 at = 0; // unix seconds of the minute's start
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 deferred = 0;
    };

    qint64 deliveryId = 0;
    QString label;
    int state = 0;
    Counts totals;
    QList<std::pair<int, qint64>> reasons; // failure reason value → messages, most frequent first
    QList<Domain> domains;                  // most messages first
    QList<Minute> throughput;               // oldest first

    // Empty when there is no such delivery. maxDomains limits the per-domain breakdown.
    static std::optional<DeliveryKpis> load(QSqlDatabase &db, qint64 deliveryId, int maxDomains = 1000);

    // The keys of `diffusion-cli status --json` (docs/cli.md).
    QJsonObject toJson() const;
};

} // namespace diffusion
