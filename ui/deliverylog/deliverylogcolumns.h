#pragma once

#include <QString>
#include <Qt>

namespace diffusion::ui {
struct DeliveryLogRow;
}

// The columns of the delivery log, shared by the table, the details panel and the CSV export, so
// that the three read a message the same way.
namespace diffusion::ui::deliverylog {

enum Column : int {
    Address,
    Status,
    Type,
    Reason,
    Retries,
    LastReply,
    Mx,
    Domain,
    CreatedAt,
    UpdatedAt,
    SentAt,
    NextAttemptAt,
    ColumnCount
};

// The broadlog column behind a column: the sort key, and the CSV header (the names of v_broadlog).
const char *sqlName(int column);
// Whether the engine changes the column while it sends: a view sorted on it moves by itself.
bool changesWhileSending(int column);

QString title(int column);
// A cell as the user reads it: translated labels, numbers and local times through QLocale.
QString text(const DeliveryLogRow &row, int column);
// A field as a program reads it: stable ids (docs/schema.md), ISO 8601 UTC times.
QString csvText(const DeliveryLogRow &row, int column);
Qt::Alignment alignment(int column);

// A local date and time to the second, in the current locale's short format.
QString timeText(qint64 secondsSinceEpoch);
// An SMTP outcome of a message's history (delivery_event.outcome), translated.
QString outcomeText(const QString &outcome);

} // namespace diffusion::ui::deliverylog
