#include "destinationstat.h"

#include "store/connection.h"
#include "store/sqlstatement.h"

namespace diffusion {

QString DestinationStat::stateId(State state)
{
    switch (state) {
    case State::Throttled: return u"throttled"_qs;
    case State::Suspended: return u"suspended"_qs;
    case State::Normal: break;
    }
    return u"normal"_qs;
}

void writeDestinationStats(QSqlDatabase &db, qint64 deliveryId, const QList<DestinationStat> &stats, qint64 now)
{
    SqlStatement upsert(sqliteHandle(db),
                        "INSERT OR REPLACE INTO destination_stat (delivery_id, destination, rule_mask, queued, connections, "
                        "connection_window, max_connections, rate_per_minute, deferrals, state, until, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const DestinationStat &stat : stats) {
        upsert.bind(1, deliveryId);
        upsert.bind(2, stat.key);
        upsert.bind(3, stat.ruleMask);
        upsert.bind(4, qint64(stat.queued));
        upsert.bind(5, qint64(stat.connections));
        upsert.bind(6, qint64(stat.window));
        upsert.bind(7, qint64(stat.maxConnections));
        upsert.bind(8, qint64(stat.sentLastMinute));
        upsert.bind(9, stat.deferrals);
        upsert.bind(10, DestinationStat::stateId(stat.state));
        if (stat.state == DestinationStat::State::Normal)
            upsert.bindNull(11);
        else
            upsert.bind(11, stat.untilMs / 1000);
        upsert.bind(12, now);
        upsert.run();
    }
}

void clearDestinationStats(QSqlDatabase &db, qint64 deliveryId)
{
    execute(db, u"DELETE FROM destination_stat WHERE delivery_id = %1"_qs.arg(deliveryId));
}

} // namespace diffusion
