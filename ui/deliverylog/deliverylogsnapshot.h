#pragma once

#include "deliverylogquery.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace diffusion::ui {

// The ids of one view of a delivery's log, in the order the view shows them: the model pages its
// rows by position from it and the export walks it. Built off the GUI thread and never changed
// afterwards, so threads share it as a shared_ptr to const.
//
// Why ids and not an index per sortable column: at 1,000,000 messages a snapshot takes 0.1 s in
// the order of writing or by status (read from the (delivery_id, status) index alone) and
// 0.6-0.9 s sorted on another column, once per filter or sort change, on a worker; a page is
// then a few dozen lookups by id (0.2 ms). Indexes (delivery_id, column) on eight of the columns
// halved those sorts but made batched updates like the engine's 3 times slower (7,700 -> 2,600
// rows/s) and the file 2.3 times larger. tst_deliverylog prints the snapshot figures.
struct DeliveryLogSnapshot {
    std::vector<qint64> ids;
    // Positions in `ids` ordered by id, to find a message again after a change; empty when `ids`
    // ascend (binary search on ids itself).
    std::vector<qint32> byId;
    // The highest message id of the workspace and the delivery's message count (its KPIs) when
    // built, -1 when not read: a view that sending cannot move changes only when messages are
    // added or deleted, and then one of them changes. Both are read in microseconds.
    qint64 highestId = -1;
    qint64 deliveryTotal = -1;

    int size() const { return int(ids.size()); }
    qint64 idAt(int position) const;   // 0 outside
    int positionOf(qint64 id) const;   // -1 when absent
};

struct SnapshotBuild {
    enum class Change { Unchanged, Appended, Changed };

    std::shared_ptr<const DeliveryLogSnapshot> snapshot;
    Change change = Change::Changed; // compared with the previous snapshot
    qint64 elapsedMs = 0;
    QString error;                   // the build failed; snapshot is null
    bool interrupted = false;        // `stop` said so; snapshot is null
};

// Reads a view's ids through a connection of its own: call it off the GUI thread. With
// `onlyIfChanged`, a view that sending cannot move keeps `previous` (Unchanged) while the delivery
// has the same messages. `stop` is polled while SQLite works (also inside a long sort), so that a
// build made useless by a newer request ends within milliseconds.
SnapshotBuild buildSnapshot(const QString &workspacePath, const DeliveryLogQuery &query,
                            const std::shared_ptr<const DeliveryLogSnapshot> &previous, bool onlyIfChanged,
                            const std::function<bool()> &stop);

} // namespace diffusion::ui
