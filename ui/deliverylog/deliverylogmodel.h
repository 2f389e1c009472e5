#pragma once

#include "deliverylogquery.h"
#include "deliverylogrow.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace diffusion {
class ReadConnection;
class SqlStatement;
}

namespace diffusion::ui {

struct DeliveryLogSnapshot;
struct SnapshotBuild;

// The delivery log of one delivery (columns: deliverylog::Column), made for millions of messages
// while the engine writes them.
//
// Which messages, in which order: an id snapshot (DeliveryLogSnapshot) that SQLite builds on the
// model's worker thread whenever the delivery, the filter or the sort changes. What they say:
// pages of 64 rows read by id on the model's own connection when the view asks, kept in a
// small LRU cache (64 pages, 4,096 rows). The GUI thread never waits for a sort.
//
// refresh() re-reads the pages on screen (dataChanged) and, when the workspace changed, has the
// snapshot rebuilt in the background — never more than a quarter of the time, so that a slow
// sort does not take a core from the engine — then applies it in place: rows inserted at the
// end, or moved with the selection following its message (layoutChanged). A model reset happens
// only when the delivery or the filter changes.
class DeliveryLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MessageIdRole = Qt::UserRole; // the broadlog id of a row (qint64)

    DeliveryLogModel(const QString &workspacePath, QObject *parent);
    // Stops a snapshot being built and waits for its thread (a few milliseconds).
    ~DeliveryLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A column, or -1 for the order the messages were written in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setDelivery(qint64 deliveryId);
    qint64 deliveryId() const { return m_deliveryId; }
    void setFilter(const DeliveryLogFilter &filter);
    DeliveryLogFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Follows the workspace: cheap when nothing changed (one pragma), a few page reads otherwise.
    void refresh();

    // A delivery, filter or sort change not shown yet.
    bool isLoading() const;
    // Loading, or the rows shown may have moved since their snapshot was built.
    bool isUpdating() const { return m_building || m_stale; }
    QString lastError() const { return m_lastError; }

    qint64 messageId(int row) const;
    int rowOf(qint64 messageId) const; // -1 when not in the view
    // Read from the workspace now, for the details of one message.
    std::optional<DeliveryLogRow> message(qint64 messageId);
    QList<DeliveryEvent> history(qint64 messageId);
    // The delivery's recipient domains (from its KPIs, a few rows), to complete a domain filter.
    QStringList domains();
    // The view as shown, for the export.
    std::shared_ptr<const DeliveryLogSnapshot> snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A snapshot was built and shown (or found unchanged).
    void updated();
    void errorOccurred(const QString &message);

private:
    // In order of strength: a pending Reset absorbs a Rearrange, which absorbs a Live rebuild.
    enum class Kind { Live, Rearrange, Reset };

    struct Page {
        int first = 0;
        std::vector<DeliveryLogRow> rows;
        quint64 used = 0;
    };

    DeliveryLogQuery currentQuery() const;
    bool ensureConnection();
    qint64 dataVersion();
    void startBuild(Kind kind);
    void scheduleLiveBuild();
    void apply(quint64 generation, const SnapshotBuild &build);
    void applyInPlace(const SnapshotBuild &build);
    void refreshPages();
    const DeliveryLogRow *rowAt(int row) const;
    Page &fetchPage(int first) const;
    void setError(const QString &message);
    void retranslate();

    QString m_path;
    std::unique_ptr<ReadConnection> m_connection;
    std::unique_ptr<DeliveryLogReader> m_reader;    // on m_connection: destroyed before it
    std::unique_ptr<SqlStatement> m_dataVersion;    // likewise
    qint64 m_deliveryId = 0;
    DeliveryLogFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::shared_ptr<const DeliveryLogSnapshot> m_snapshot;
    // The rows the view knows of: the snapshot's, except inside an in-place change.
    int m_rowCount = 0;
    mutable std::vector<Page> m_pages;
    mutable quint64 m_useClock = 0;

    QThreadPool m_worker;
    // The newest build's generation: an older build sees it change and stops.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_building = false;
    Kind m_buildKind = Kind::Live;
    bool m_stale = false;
    qint64 m_seenDataVersion = -1;
    qint64 m_lastBuildMs = 0;
    QElapsedTimer m_sinceBuild;
    QTimer *m_liveTimer;

    QString m_lastError;
};

} // namespace diffusion::ui
