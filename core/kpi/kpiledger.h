#pragma once

#include "messagestate.h"

#include <QSqlDatabase>
#include <array>
#include <map>
#include <string>
#include <string_view>

namespace diffusion {

// Keeps the KPI tables (delivery_kpi, delivery_kpi_domain, delivery_kpi_reason,
// delivery_throughput; schema.md) in
// step with status changes. Changes are summed in memory and written once per batch, inside
// the writer job that changed the statuses, so the counts are exactly as durable as the
// statuses and a refresh never has to count the delivery log.
class KpiLedger final
{
public:
    // `count` messages now in `state` (a negative count: no longer in it).
    void add(qint64 deliveryId, std::string_view domain, const MessageState &state, qint64 count);
    // One message moved from one state to another (either may equal the other).
    void move(qint64 deliveryId, std::string_view domain, const MessageState &from, const MessageState &to);

    enum class Outcome { Sent, Failed, Deferred };
    // One outcome at unix time `at`, for the per-minute throughput.
    void count(qint64 deliveryId, Outcome outcome, qint64 at);

    // Adds what was gathered to the tables and starts again.
    void write(QSqlDatabase &db);

    // Counts a delivery's KPIs again from its log: after bulk changes (creating the log, taking
    // it into account, expiry) where one statement moves many rows.
    static void rebuild(QSqlDatabase &db, qint64 deliveryId);
    // Removes a delivery's counts, before they are written again from scratch.
    static void clear(QSqlDatabase &db, qint64 deliveryId);

private:
    static constexpr int Columns = 8; // six statuses, hard bounces, soft bounces
    using Counts = std::array<qint64, Columns>;

    std::map<qint64, Counts> m_totals;
    std::map<std::pair<qint64, std::string>, Counts> m_domains;
    std::map<std::pair<qint64, int>, qint64> m_reasons;
    std::map<std::pair<qint64, qint64>, std::array<qint64, 3>> m_minutes;
};

} // namespace diffusion
