#include "deliverylogmodel.h"

#include "languagefollower.h"
#include "deliverylogcolumns.h"
#include "deliverylogsnapshot.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <algorithm>

namespace diffusion::ui {

namespace {

// Small pages, so that refresh() re-reads little more than the rows on screen: a read costs
// per row, and after the engine's writes the rows come from the file, not the page cache.
constexpr int pageRows = 64;
static_assert(pageRows <= DeliveryLogReader::batchSize);
constexpr size_t maxPages = 64;
// Pages re-read by refresh(): the most recently used, which hold the rows on screen.
constexpr size_t livePages = 3;
// A live rebuild waits this many times the last one's duration after it, so that rebuilding a
// slowly sorted view keeps the worker busy a quarter of the time at most.
constexpr qint64 rebuildSpacing = 3;

} // namespace

DeliveryLogModel::DeliveryLogModel(const QString &workspacePath, QObject *parent)
    : QAbstractTableModel(parent),
      m_path(workspacePath),
      m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_liveTimer(new QTimer(this))
{
    // One thread: a newer build waits for the older one, which stops at once.
    m_worker.setMaxThreadCount(1);
    m_liveTimer->setSingleShot(true);
    connect(m_liveTimer, &QTimer::timeout, this, &DeliveryLogModel::scheduleLiveBuild);
    new LanguageFollower(this, [this] { retranslate(); });
}

DeliveryLogModel::~DeliveryLogModel()
{
    m_latest->store(++m_generation);
    m_worker.waitForDone();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : deliverylog::ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // cells are elided at fixed widths; the tooltip shows them whole
        if (const DeliveryLogRow *row = rowAt(index.row()))
            return deliverylog::text(*row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(deliverylog::alignment(index.column()));
    case MessageIdRole:
        return messageId(index.row());
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= deliverylog::ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return deliverylog::title(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(deliverylog::alignment(section));
    default:
        return {};
    }
}

void DeliveryLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= deliverylog::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_deliveryId)
        startBuild(Kind::Rearrange);
}

void DeliveryLogModel::setDelivery(qint64 deliveryId)
{
    if (deliveryId == m_deliveryId && (m_snapshot || m_building))
        return;
    // Whatever is being built belongs to the previous delivery.
    const bool wasLoading = isLoading();
    m_latest->store(++m_generation);
    m_building = false;
    m_stale = false;
    m_liveTimer->stop();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    beginResetModel();
    m_deliveryId = deliveryId;
    m_snapshot.reset();
    m_rowCount = 0;
    m_pages.clear();
    endResetModel();
    m_lastError.clear();
    if (!m_deliveryId || !ensureConnection())
        return;
    try {
        m_seenDataVersion = dataVersion();
    } catch (const StoreError &error) {
        setError(error.message());
        return;
    }
    startBuild(Kind::Reset);
}

void DeliveryLogModel::setFilter(const DeliveryLogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_deliveryId)
        startBuild(Kind::Reset);
}

void DeliveryLogModel::refresh()
{
    if (!m_deliveryId || !ensureConnection())
        return;
    if (!m_snapshot) {
        if (!m_building) // the first build failed: try again
            startBuild(Kind::Reset);
        return;
    }
    try {
        const qint64 version = dataVersion();
        if (version != m_seenDataVersion) {
            m_seenDataVersion = version;
            m_stale = true;
            refreshPages();
        }
    } catch (const StoreError &error) {
        setError(error.message());
        return;
    }
    if (m_stale)
        scheduleLiveBuild();
}

bool DeliveryLogModel::isLoading() const
{
    return m_building && m_buildKind != Kind::Live;
}

qint64 DeliveryLogModel::messageId(int row) const
{
    return m_snapshot ? m_snapshot->idAt(row) : 0;
}

int DeliveryLogModel::rowOf(qint64 messageId) const
{
    return m_snapshot ? m_snapshot->positionOf(messageId) : -1;
}

std::optional<DeliveryLogRow> DeliveryLogModel::message(qint64 messageId)
{
    if (!ensureConnection())
        return std::nullopt;
    try {
        const DeliveryLogRow row = m_reader->read({&messageId, 1}).front();
        return row.id ? std::optional(row) : std::nullopt;
    } catch (const StoreError &error) {
        setError(error.message());
        return std::nullopt;
    }
}

QList<DeliveryEvent> DeliveryLogModel::history(qint64 messageId)
{
    if (!ensureConnection())
        return {};
    try {
        return m_reader->history(messageId);
    } catch (const StoreError &error) {
        setError(error.message());
        return {};
    }
}

QStringList DeliveryLogModel::domains()
{
    if (!m_deliveryId || !ensureConnection())
        return {};
    try {
        SqlStatement rows(sqliteHandle(m_connection->db()),
                          "SELECT domain FROM delivery_kpi_domain WHERE delivery_id = ?1 AND domain <> '' ORDER BY domain");
        rows.bind(1, m_deliveryId);
        QStringList domains;
        while (rows.step())
            domains.append(rows.columnText(0));
        return domains;
    } catch (const StoreError &error) {
        setError(error.message());
        return {};
    }
}

DeliveryLogQuery DeliveryLogModel::currentQuery() const
{
    return {m_deliveryId, m_filter, m_sortColumn, m_sortOrder};
}

bool DeliveryLogModel::ensureConnection()
{
    if (m_connection)
        return true;
    try {
        auto connection = std::make_unique<ReadConnection>(m_path);
        sqlite3 *db = sqliteHandle(connection->db());
        m_reader = std::make_unique<DeliveryLogReader>(db);
        m_dataVersion = std::make_unique<SqlStatement>(db, "PRAGMA data_version");
        m_connection = std::move(connection);
    } catch (const StoreError &error) {
        m_reader.reset();
        m_dataVersion.reset();
        setError(error.message());
        return false;
    }
    return true;
}

qint64 DeliveryLogModel::dataVersion()
{
    // Changes whenever another connection (the engine's writer, another process) commits.
    m_dataVersion->step();
    const qint64 version = m_dataVersion->columnInt64(0);
    m_dataVersion->reset();
    return version;
}

void DeliveryLogModel::startBuild(Kind kind)
{
    const bool wasLoading = isLoading();
    m_buildKind = m_building ? std::max(m_buildKind, kind) : kind;
    m_building = true;
    m_stale = false; // the build reads the workspace as it is now
    m_liveTimer->stop();
    const quint64 generation = ++m_generation;
    m_latest->store(generation);

    m_worker.start([this, path = m_path, query = currentQuery(), previous = m_snapshot,
                    onlyIfChanged = kind == Kind::Live, latest = m_latest, generation] {
        SnapshotBuild build = buildSnapshot(path, query, previous, onlyIfChanged,
                                            [&latest, generation] { return latest->load() != generation; });
        // The destructor waits for this task, so `this` is alive here; the queued call is dropped
        // if the model is gone by the time it would run.
        QMetaObject::invokeMethod(this, [this, generation, build = std::move(build)] { apply(generation, build); },
                                  Qt::QueuedConnection);
    });
    if (isLoading() != wasLoading)
        Q_EMIT loadingChanged(true);
}

void DeliveryLogModel::scheduleLiveBuild()
{
    if (m_building || !m_stale)
        return; // apply() calls again when the running build is shown
    const qint64 wait = rebuildSpacing * m_lastBuildMs - m_sinceBuild.elapsed();
    if (wait > 0) {
        if (!m_liveTimer->isActive())
            m_liveTimer->start(int(wait));
        return;
    }
    startBuild(Kind::Live);
}

void DeliveryLogModel::apply(quint64 generation, const SnapshotBuild &build)
{
    if (generation != m_generation)
        return; // a newer request replaced it
    const bool wasLoading = isLoading();
    const Kind kind = m_buildKind;
    m_building = false;
    m_lastBuildMs = build.elapsedMs;
    m_sinceBuild.start();

    if (!build.error.isEmpty()) {
        setError(build.error);
    } else if (build.snapshot) {
        m_lastError.clear();
        if (kind == Kind::Reset || !m_snapshot) { // in place needs rows to move from
            beginResetModel();
            m_snapshot = build.snapshot;
            m_rowCount = m_snapshot->size();
            m_pages.clear();
            endResetModel();
        } else {
            applyInPlace(build);
        }
    }
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    Q_EMIT updated();
    scheduleLiveBuild();
}

void DeliveryLogModel::applyInPlace(const SnapshotBuild &build)
{
    const std::shared_ptr<const DeliveryLogSnapshot> before = m_snapshot;
    const std::shared_ptr<const DeliveryLogSnapshot> &after = build.snapshot;
    switch (build.change) {
    case SnapshotBuild::Change::Unchanged:
        m_snapshot = after;
        return;
    case SnapshotBuild::Change::Appended: {
        beginInsertRows({}, m_rowCount, after->size() - 1);
        // The last page may have been short: read it again with the new rows.
        const int lastFirst = (m_rowCount - 1) - (m_rowCount - 1) % pageRows;
        std::erase_if(m_pages, [lastFirst](const Page &page) { return page.first == lastFirst; });
        m_snapshot = after;
        m_rowCount = after->size();
        endInsertRows();
        return;
    }
    case SnapshotBuild::Change::Changed:
        break;
    }

    // Rows that are not in the view yet are added empty at the end, then every row the view
    // holds on to (selection, current row) moves to where its message now is, then the rows
    // left over at the end go: the row count never changes inside the layout change.
    if (after->size() > m_rowCount) {
        beginInsertRows({}, m_rowCount, after->size() - 1);
        m_rowCount = after->size();
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList held = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(held.size());
    for (const QModelIndex &index : held) {
        const int position = after->positionOf(before->idAt(index.row()));
        moved.append(position >= 0 ? createIndex(position, index.column()) : QModelIndex());
    }
    changePersistentIndexList(held, moved);
    m_snapshot = after;
    m_pages.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (after->size() < m_rowCount) {
        beginRemoveRows({}, after->size(), m_rowCount - 1);
        m_rowCount = after->size();
        endRemoveRows();
    }
}

void DeliveryLogModel::refreshPages()
{
    std::sort(m_pages.begin(), m_pages.end(), [](const Page &a, const Page &b) { return a.used > b.used; });
    if (m_pages.size() > livePages)
        m_pages.resize(livePages);
    QList<std::pair<int, int>> changed;
    for (Page &page : m_pages) {
        const std::span<const qint64> ids(m_snapshot->ids.data() + page.first, page.rows.size());
        std::vector<DeliveryLogRow> rows = m_reader->read(ids);
        int first = -1;
        int last = -1;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] == page.rows[i])
                continue;
            last = int(i);
            if (first < 0)
                first = last;
        }
        page.rows = std::move(rows);
        if (first >= 0)
            changed.append({page.first + first, page.first + last});
    }
    // Signalled once the pages are consistent: the view reads rows again from its slots.
    for (const auto &[first, last] : changed)
        Q_EMIT dataChanged(index(first, 0), index(last, deliverylog::ColumnCount - 1));
}

const DeliveryLogRow *DeliveryLogModel::rowAt(int row) const
{
    if (!m_snapshot || row >= m_snapshot->size() || !m_reader)
        return nullptr;
    const int first = row - row % pageRows;
    auto page = std::find_if(m_pages.begin(), m_pages.end(), [first](const Page &p) { return p.first == first; });
    try {
        Page &found = page != m_pages.end() ? *page : fetchPage(first);
        found.used = ++m_useClock;
        const DeliveryLogRow &cells = found.rows[size_t(row - first)];
        return cells.id ? &cells : nullptr;
    } catch (const StoreError &error) {
        // Shown by the next refresh(); the view asks again when it repaints.
        qWarning("Delivery log: %s", qPrintable(error.message()));
        return nullptr;
    }
}

DeliveryLogModel::Page &DeliveryLogModel::fetchPage(int first) const
{
    const int count = std::min(pageRows, m_snapshot->size() - first);
    std::vector<DeliveryLogRow> rows = m_reader->read({m_snapshot->ids.data() + first, size_t(count)});
    if (m_pages.size() >= maxPages) {
        m_pages.erase(std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.used < b.used; }));
    }
    m_pages.push_back({first, std::move(rows), 0});
    return m_pages.back();
}

void DeliveryLogModel::setError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

void DeliveryLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, deliverylog::ColumnCount - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, deliverylog::ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace diffusion::ui
