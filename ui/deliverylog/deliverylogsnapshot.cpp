#include "deliverylogsnapshot.h"

#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <algorithm>
#include <numeric>
#include <sqlite3.h>

namespace diffusion::ui {

namespace {

// Makes SQLite poll `stop` every few thousand virtual-machine steps while it is installed; a
// true answer interrupts the running statement, which then throws StoreError.
class StopPolling final
{
public:
    StopPolling(sqlite3 *db, const std::function<bool()> &stop)
        : m_db(db), m_stop(stop)
    {
        sqlite3_progress_handler(m_db, 4000, &StopPolling::poll, this);
    }
    ~StopPolling() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    StopPolling(const StopPolling &) = delete;
    StopPolling &operator=(const StopPolling &) = delete;

private:
    static int poll(void *self) { return static_cast<StopPolling *>(self)->m_stop() ? 1 : 0; }

    sqlite3 *m_db;
    const std::function<bool()> &m_stop;
};

SnapshotBuild::Change compare(const DeliveryLogSnapshot *previous, const std::vector<qint64> &ids)
{
    if (!previous)
        return SnapshotBuild::Change::Changed;
    const std::vector<qint64> &before = previous->ids;
    if (before.size() > ids.size() || !std::equal(before.begin(), before.end(), ids.begin()))
        return SnapshotBuild::Change::Changed;
    return before.size() == ids.size() ? SnapshotBuild::Change::Unchanged : SnapshotBuild::Change::Appended;
}

void readIds(sqlite3 *db, const DeliveryLogQuery &query, DeliveryLogSnapshot &snapshot)
{
    SqlStatement statement(db, query.idsStatement());
    query.bind(statement);
    while (statement.step())
        snapshot.ids.push_back(statement.columnInt64(0));
    std::vector<qint64> &ids = snapshot.ids;
    if (query.sortsIdsInMemory()) {
        if (query.order == Qt::AscendingOrder)
            std::sort(ids.begin(), ids.end());
        else
            std::sort(ids.begin(), ids.end(), std::greater<>());
    }
    if (!std::is_sorted(ids.begin(), ids.end())) {
        snapshot.byId.resize(ids.size());
        std::iota(snapshot.byId.begin(), snapshot.byId.end(), 0);
        std::sort(snapshot.byId.begin(), snapshot.byId.end(), [&ids](qint32 a, qint32 b) { return ids[a] < ids[b]; });
    }
}

} // namespace

qint64 DeliveryLogSnapshot::idAt(int position) const
{
    return position >= 0 && position < size() ? ids[size_t(position)] : 0;
}

int DeliveryLogSnapshot::positionOf(qint64 id) const
{
    if (byId.empty()) {
        const auto found = std::lower_bound(ids.begin(), ids.end(), id);
        return found != ids.end() && *found == id ? int(found - ids.begin()) : -1;
    }
    const auto found = std::lower_bound(byId.begin(), byId.end(), id,
                                        [this](qint32 position, qint64 value) { return ids[size_t(position)] < value; });
    return found != byId.end() && ids[size_t(*found)] == id ? *found : -1;
}

SnapshotBuild buildSnapshot(const QString &workspacePath, const DeliveryLogQuery &query,
                            const std::shared_ptr<const DeliveryLogSnapshot> &previous, bool onlyIfChanged,
                            const std::function<bool()> &stop)
{
    QElapsedTimer clock;
    clock.start();
    SnapshotBuild build;
    try {
        ReadConnection connection(workspacePath);
        sqlite3 *db = sqliteHandle(connection.db());
        const StopPolling polling(db, stop);
        auto snapshot = std::make_shared<DeliveryLogSnapshot>();
        if (!query.movesWhileSending()) {
            SqlStatement messages(db, "SELECT (SELECT coalesce(max(id), 0) FROM broadlog), "
                                      "coalesce((SELECT pending + taken_into_account + sent + failed + ignored + canceled "
                                      "FROM delivery_kpi WHERE delivery_id = ?1), -1)");
            messages.bind(1, query.deliveryId);
            messages.step();
            snapshot->highestId = messages.columnInt64(0);
            snapshot->deliveryTotal = messages.columnInt64(1);
            if (onlyIfChanged && previous && previous->highestId == snapshot->highestId
                && previous->deliveryTotal == snapshot->deliveryTotal) {
                build.snapshot = previous;
                build.change = SnapshotBuild::Change::Unchanged;
                build.elapsedMs = clock.elapsed();
                return build;
            }
        }
        if (previous && query.filter.isEmpty())
            snapshot->ids.reserve(previous->ids.size());
        readIds(db, query, *snapshot);
        build.change = compare(previous.get(), snapshot->ids);
        build.snapshot = std::move(snapshot);
    } catch (const StoreError &error) {
        if (stop())
            build.interrupted = true;
        else
            build.error = error.message();
    }
    build.elapsedMs = clock.elapsed();
    return build;
}

} // namespace diffusion::ui
