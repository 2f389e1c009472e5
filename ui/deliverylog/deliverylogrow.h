#pragma once

#include "store/sqlstatement.h"

#include <QList>
#include <QString>
#include <optional>
#include <span>
#include <vector>

struct sqlite3;

namespace diffusion::ui {

// One message of the delivery log (a broadlog row) as the console shows and exports it.
struct DeliveryLogRow {
    qint64 id = 0; // 0: the message no longer exists
    QString address;
    QString domain;
    int status = 0;
    std::optional<int> failureType;
    std::optional<int> failureReason;
    int retries = 0;
    QString lastReply;
    QString mxHost;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> sentAt;
    std::optional<qint64> nextAttemptAt;

    bool operator==(const DeliveryLogRow &) const = default;
};

// One SMTP outcome in a message's history (table delivery_event).
struct DeliveryEvent {
    qint64 at = 0;
    QString outcome; // accepted, rejected, deferred, connection_error
    QString phase;
    QString reply;
    QString mxHost;

    bool operator==(const DeliveryEvent &) const = default;
};

// Reads messages by id on one connection, in the thread that owns it: the pages of the table,
// the CSV export's batches, a message's details and history. Statements are prepared once and
// reset after each read, so that no read transaction outlives a call (the WAL stays checkpointable).
class DeliveryLogReader final
{
public:
    static constexpr int batchSize = 256;

    explicit DeliveryLogReader(sqlite3 *db);

    // The rows of `ids` (at most batchSize) in the same order; an id that no longer exists gives
    // a row with id 0. Throws StoreError.
    std::vector<DeliveryLogRow> read(std::span<const qint64> ids);
    QList<DeliveryEvent> history(qint64 messageId);

private:
    SqlStatement m_rows;
    SqlStatement m_history;
};

} // namespace diffusion::ui
