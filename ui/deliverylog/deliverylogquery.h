#pragma once

#include <QList>
#include <QString>
#include <Qt>
#include <optional>
#include <string>

namespace diffusion {
class SqlStatement;
}

namespace diffusion::ui {

// What the operator narrowed the delivery log to.
struct DeliveryLogFilter {
    QList<int> statuses;          // message statuses; empty: all
    std::optional<int> reason;    // a failure reason; none: all
    QString domain;               // the recipient domain, whole, in any case; empty: all
    QString search;               // a part of the address, in any case; empty: all

    bool isEmpty() const { return statuses.isEmpty() && !reason && domain.isEmpty() && search.isEmpty(); }
    bool operator==(const DeliveryLogFilter &) const = default;
};

// One view of a delivery's log: its messages under a filter, in an order. Filtering and sorting
// are done by SQLite; the view's ids are read in one statement (DeliveryLogSnapshot).
struct DeliveryLogQuery {
    qint64 deliveryId = 0;
    DeliveryLogFilter filter;
    int sortColumn = -1; // a deliverylog::Column, or -1: the order the messages were written in
    Qt::SortOrder order = Qt::AscendingOrder;

    // The statement that gives the view's ids in order (ties by id). Sorted by id, it has no
    // ORDER BY: SQLite then reads the ids from the (delivery_id, status) index alone, three times
    // faster than sorting them itself, and the caller sorts the numbers (sortsIdsInMemory()).
    std::string idsStatement() const;
    void bind(SqlStatement &statement) const;
    bool sortsIdsInMemory() const { return sortColumn < 0; }
    // Whether the engine's writes can move messages into, out of or around this view (a status
    // filter, a sort on retries...), rather than only add or delete them.
    bool movesWhileSending() const;
};

} // namespace diffusion::ui
