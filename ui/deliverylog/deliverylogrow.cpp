#include "deliverylogrow.h"

#include <QHash>
#include <QScopeGuard>
#include <string>

namespace diffusion::ui {

namespace {

std::string rowsStatement()
{
    std::string sql = "SELECT id, address, domain, status, failure_type, failure_reason, retries, last_reply, mx_host, "
                      "created_at, updated_at, sent_at, next_attempt_at FROM broadlog WHERE id IN (";
    for (int i = 1; i <= DeliveryLogReader::batchSize; ++i)
        sql += (i == 1 ? "?" : ", ?") + std::to_string(i);
    return sql + ")";
}

std::optional<qint64> optionalInt(const SqlStatement &row, int column)
{
    return row.columnIsNull(column) ? std::nullopt : std::optional<qint64>(row.columnInt64(column));
}

} // namespace

DeliveryLogReader::DeliveryLogReader(sqlite3 *db)
    : m_rows(db, rowsStatement()),
      m_history(db, "SELECT at, outcome, phase, reply, mx_host FROM delivery_event WHERE broadlog_id = ?1 ORDER BY at, id")
{
}

std::vector<DeliveryLogRow> DeliveryLogReader::read(std::span<const qint64> ids)
{
    Q_ASSERT(ids.size() <= size_t(batchSize));
    QHash<qint64, int> positions;
    positions.reserve(qsizetype(ids.size()));
    for (int i = 0; i < batchSize; ++i) {
        if (size_t(i) < ids.size()) {
            m_rows.bind(i + 1, ids[i]);
            positions.insert(ids[i], i);
        } else {
            m_rows.bindNull(i + 1); // id IN (NULL) matches nothing: one statement for every batch
        }
    }
    std::vector<DeliveryLogRow> rows(ids.size());
    const auto done = qScopeGuard([this] { m_rows.reset(); });
    while (m_rows.step()) {
        DeliveryLogRow &row = rows[size_t(positions.value(m_rows.columnInt64(0)))];
        row.id = m_rows.columnInt64(0);
        row.address = m_rows.columnText(1);
        row.domain = m_rows.columnText(2);
        row.status = int(m_rows.columnInt64(3));
        row.failureType = optionalInt(m_rows, 4);
        row.failureReason = optionalInt(m_rows, 5);
        row.retries = int(m_rows.columnInt64(6));
        row.lastReply = m_rows.columnText(7);
        row.mxHost = m_rows.columnText(8);
        row.createdAt = m_rows.columnInt64(9);
        row.updatedAt = m_rows.columnInt64(10);
        row.sentAt = optionalInt(m_rows, 11);
        row.nextAttemptAt = optionalInt(m_rows, 12);
    }
    return rows;
}

QList<DeliveryEvent> DeliveryLogReader::history(qint64 messageId)
{
    QList<DeliveryEvent> events;
    m_history.bind(1, messageId);
    const auto done = qScopeGuard([this] { m_history.reset(); });
    while (m_history.step()) {
        events.append({m_history.columnInt64(0), m_history.columnText(1), m_history.columnText(2),
                       m_history.columnText(3), m_history.columnText(4)});
    }
    return events;
}

} // namespace diffusion::ui
