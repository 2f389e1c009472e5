#include "kpiledger.h"

#include "store/connection.h"
#include "store/sqlstatement.h"

namespace diffusion {

namespace {

constexpr int HardColumn = 6;
constexpr int SoftColumn = 7;

// The KPI definitions, as SQL over broadlog (the same as v_delivery_kpi).
constexpr const char *countColumns =
    "SUM(status = 0), SUM(status = 1), SUM(status = 2), SUM(status = 3), SUM(status = 4), SUM(status = 5), "
    "SUM(status = 3 AND failure_type IS 2), SUM(status IN (1, 3) AND failure_type IS 1)";

constexpr const char *countNames = "pending, taken_into_account, sent, failed, ignored, canceled, hard_bounces, soft_bounces";
constexpr const char *addedCounts =
    "pending = pending + excluded.pending, taken_into_account = taken_into_account + excluded.taken_into_account, "
    "sent = sent + excluded.sent, failed = failed + excluded.failed, ignored = ignored + excluded.ignored, "
    "canceled = canceled + excluded.canceled, hard_bounces = hard_bounces + excluded.hard_bounces, "
    "soft_bounces = soft_bounces + excluded.soft_bounces";

} // namespace

void KpiLedger::add(qint64 deliveryId, std::string_view domain, const MessageState &state, qint64 count)
{
    for (Counts *counts : {&m_totals[deliveryId], &m_domains[{deliveryId, std::string(domain)}]}) {
        if (state.status >= 0 && state.status < 6)
            (*counts)[size_t(state.status)] += count;
        if (state.status == 3 && state.failureType == 2)
            (*counts)[HardColumn] += count;
        if ((state.status == 1 || state.status == 3) && state.failureType == 1)
            (*counts)[SoftColumn] += count;
    }
    if (state.failureReason >= 0)
        m_reasons[{deliveryId, state.failureReason}] += count;
}

void KpiLedger::move(qint64 deliveryId, std::string_view domain, const MessageState &from, const MessageState &to)
{
    add(deliveryId, domain, from, -1);
    add(deliveryId, domain, to, +1);
}

void KpiLedger::count(qint64 deliveryId, Outcome outcome, qint64 at)
{
    ++m_minutes[{deliveryId, at / 60}][size_t(outcome)];
}

void KpiLedger::write(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    const auto addCounts = [handle](const char *table, const char *keys, const char *placeholders, const auto &rows,
                                    const auto &bindKey) {
        if (rows.empty())
            return;
        SqlStatement upsert(handle, std::string("INSERT INTO ") + table + " (" + keys + ", " + countNames + ") VALUES ("
                                        + placeholders + ", ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET " + addedCounts);
        for (const auto &[key, counts] : rows) {
            const int next = bindKey(upsert, key);
            for (int column = 0; column < Columns; ++column)
                upsert.bind(next + column, counts[size_t(column)]);
            upsert.run();
        }
    };
    addCounts("delivery_kpi", "delivery_id", "?", m_totals, [](SqlStatement &upsert, qint64 deliveryId) {
        upsert.bind(1, deliveryId);
        return 2;
    });
    addCounts("delivery_kpi_domain", "delivery_id, domain", "?, ?", m_domains,
              [](SqlStatement &upsert, const std::pair<qint64, std::string> &key) {
        upsert.bind(1, key.first);
        upsert.bind(2, std::string_view(key.second));
        return 3;
    });
    if (!m_reasons.empty()) {
        SqlStatement upsert(handle, "INSERT INTO delivery_kpi_reason (delivery_id, reason, messages) VALUES (?, ?, ?) "
                                    "ON CONFLICT DO UPDATE SET messages = messages + excluded.messages");
        for (const auto &[key, messages] : m_reasons) {
            if (messages == 0)
                continue;
            upsert.bind(1, key.first);
            upsert.bind(2, qint64(key.second));
            upsert.bind(3, messages);
            upsert.run();
        }
    }
    if (!m_minutes.empty()) {
        SqlStatement upsert(handle, "INSERT INTO delivery_throughput (delivery_id, minute, sent, failed, deferred) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET sent = sent + excluded.sent, "
                                    "failed = failed + excluded.failed, deferred = deferred + excluded.deferred");
        for (const auto &[key, outcomes] : m_minutes) {
            upsert.bind(1, key.first);
            upsert.bind(2, key.second);
            for (int i = 0; i < 3; ++i)
                upsert.bind(3 + i, outcomes[size_t(i)]);
            upsert.run();
        }
    }
    m_totals.clear();
    m_domains.clear();
    m_reasons.clear();
    m_minutes.clear();
}

void KpiLedger::rebuild(QSqlDatabase &db, qint64 deliveryId)
{
    sqlite3 *handle = sqliteHandle(db);
    const std::string columns = countColumns;
    const auto run = [handle, deliveryId](const std::string &sql) {
        SqlStatement statement(handle, sql);
        statement.bind(1, deliveryId);
        statement.run();
    };
    clear(db, deliveryId);
    run(std::string("INSERT INTO delivery_kpi (delivery_id, ") + countNames + ") SELECT ?1, " + columns
        + " FROM broadlog WHERE delivery_id = ?1 HAVING count(*) > 0");
    run(std::string("INSERT INTO delivery_kpi_domain (delivery_id, domain, ") + countNames + ") SELECT delivery_id, domain, "
        + columns + " FROM broadlog WHERE delivery_id = ?1 GROUP BY domain");
    run("INSERT INTO delivery_kpi_reason (delivery_id, reason, messages) SELECT delivery_id, failure_reason, count(*) "
        "FROM broadlog WHERE delivery_id = ? AND failure_reason IS NOT NULL GROUP BY failure_reason");
}

void KpiLedger::clear(QSqlDatabase &db, qint64 deliveryId)
{
    for (const char *sql : {"DELETE FROM delivery_kpi WHERE delivery_id = ?", "DELETE FROM delivery_kpi_domain WHERE delivery_id = ?",
                            "DELETE FROM delivery_kpi_reason WHERE delivery_id = ?"}) {
        SqlStatement statement(sqliteHandle(db), sql);
        statement.bind(1, deliveryId);
        statement.run();
    }
}

} // namespace diffusion
