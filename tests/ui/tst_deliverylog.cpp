// The delivery log (offscreen): the paging model against what the sqlite3 program reads for the
// same filters and orders on 100,000 messages; live changes that keep the selection without a
// reset; the details and history of a message; the filter bar; the CSV export, line by line, and
// a canceled export that leaves no file. Timings at 1,000,000 messages are printed, not asserted.
#include "deliverylog/deliverylogarea.h"
#include "deliverylog/deliverylogcolumns.h"
#include "deliverylog/deliverylogexport.h"
#include "deliverylog/deliverylogfilterbar.h"
#include "deliverylog/deliverylogmodel.h"
#include "i18n/language.h"
#include "kpi/kpiledger.h"
#include "process.h"
#include "store/connection.h"
#include "tableview.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace diffusion;
using namespace diffusion::ui;
namespace column = diffusion::ui::deliverylog;

// Builds of a million-row snapshot take seconds under the sanitizers.
#define SETTLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isUpdating(), 60000)

namespace {

constexpr qint64 someTime = 1717000000; // 2024-05-29T16:26:40Z

void write(test::TempWorkspace &temp, const QString &sql)
{
    temp.writer().submit([sql](QSqlDatabase &db) { execute(db, sql); }).waitForFinished();
}

// A delivery with `count` messages of every status, reason, retry count and reply, written by
// SQLite itself (a million rows in seconds). One address in 11 starts with "Sales.", one in 101
// holds an underscore; 37 domains; replies and times that sort differently from the ids.
void addLog(test::TempWorkspace &temp, qint64 deliveryId, int count)
{
    write(temp, u"INSERT INTO delivery (id, label, state, created_at, updated_at) VALUES (%1, 'Log', 95, %2, %2)"_qs
                    .arg(deliveryId)
                    .arg(someTime));
    write(temp, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                "INSERT INTO broadlog (delivery_id, address, domain, status, failure_type, failure_reason, retries, "
                "last_reply, mx_host, created_at, updated_at, sent_at, next_attempt_at) "
                "SELECT %1, "
                "  CASE WHEN i % 11 = 0 THEN 'Sales.' || i ELSE 'user' || ((i * 7919) % 100003) END "
                "    || CASE WHEN i % 101 = 0 THEN '_x' ELSE '' END || '@domain' || (i % 37) || '.test', "
                "  'domain' || (i % 37) || '.test', "
                "  CASE WHEN i % 10 < 6 THEN 2 WHEN i % 10 < 8 THEN 3 WHEN i % 10 = 8 THEN 0 ELSE 1 END, "
                "  CASE WHEN i % 10 IN (6, 7) THEN 1 + i % 2 END, "
                "  CASE WHEN i % 10 IN (6, 7) THEN 1 + i % 5 END, "
                "  i % 4, "
                "  CASE WHEN i % 10 < 6 THEN '250 2.0.0 Ok: queued as ' || (i * 31 % 1000) "
                "       WHEN i % 10 < 8 THEN '550 5.1.1 <user' || i || '> unknown' ELSE '' END, "
                "  'mx' || (i % 7) || '.domain.test', "
                "  %3 + i / 100, %3 + (i * 37) % 100000, "
                "  CASE WHEN i % 10 < 6 THEN %3 + i END, CASE WHEN i % 10 = 9 THEN %3 + 3600 + i % 600 END "
                "FROM n"_qs.arg(deliveryId)
                    .arg(count)
                    .arg(someTime));
    temp.writer().submit([deliveryId](QSqlDatabase &db) { KpiLedger::rebuild(db, deliveryId); }).waitForFinished();
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

qint64 idAt(const QAbstractItemModel &model, int row)
{
    return model.data(model.index(row, 0), DeliveryLogModel::MessageIdRole).toLongLong();
}

// The ids of rows [first, first + count) of the model, one per line as sqlite3 prints them.
QString modelIds(const QAbstractItemModel &model, int first, int count)
{
    QStringList ids;
    for (int row = first; row < qMin(first + count, model.rowCount()); ++row)
        ids.append(QString::number(idAt(model, row)));
    return ids.join(u'\n');
}

QString sqliteIds(const test::TempWorkspace &temp, const QString &whereAndOrder, int first, int count)
{
    return test::sqliteValue(temp.path(), u"SELECT id FROM broadlog WHERE %1 LIMIT %2 OFFSET %3"_qs
                                              .arg(whereAndOrder)
                                              .arg(count)
                                              .arg(first));
}

int sqliteCount(const test::TempWorkspace &temp, const QString &where)
{
    return test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE "_qs + where).toInt();
}

// Runs the event loop until the model has nothing pending: unlike QTRY_*, which sleeps between
// rounds of events, a real event loop lets the stall measurement below see the model's own cost.
bool runUntilSettled(DeliveryLogModel &model)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&model, &DeliveryLogModel::updated, &loop, [&] {
        if (!model.isUpdating())
            loop.exit(0);
    });
    timeout.start(120000);
    return !model.isUpdating() || loop.exec() == 0;
}

DeliveryLogFilter statusFilter(QList<int> statuses)
{
    DeliveryLogFilter filter;
    filter.statuses = std::move(statuses);
    return filter;
}

} // namespace

class TestDeliveryLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(Language::install(u"en"_qs));
        QCoreApplication::processEvents();
    }

    void filtersAndSortsAsSqliteDoes()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 100000);
        addLog(temp, 3, 50); // another delivery's messages never show
        QObject owner;
        DeliveryLogModel model(temp.path(), &owner);
        model.setDelivery(2);
        QVERIFY(model.isLoading());
        SETTLE(model);
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2"_qs));

        struct View {
            int sortColumn;
            Qt::SortOrder order;
            DeliveryLogFilter filter;
            QString sql; // the same view, written independently for sqlite3
        };
        DeliveryLogFilter reason;
        reason.reason = 2;
        DeliveryLogFilter domain;
        domain.domain = u" DOMAIN7.Test "_qs;
        DeliveryLogFilter sales;
        sales.search = u"SALES.1"_qs;
        DeliveryLogFilter underscore; // a literal underscore, not LIKE's any-character
        underscore.search = u"_x"_qs;
        const QList<View> views = {
            {-1, Qt::AscendingOrder, {}, u"delivery_id = 2 ORDER BY id"_qs},
            {-1, Qt::DescendingOrder, {}, u"delivery_id = 2 ORDER BY id DESC"_qs},
            {column::Address, Qt::AscendingOrder, {}, u"delivery_id = 2 ORDER BY address, id"_qs},
            {column::LastReply, Qt::DescendingOrder, {}, u"delivery_id = 2 ORDER BY last_reply DESC, id"_qs},
            {column::SentAt, Qt::AscendingOrder, {}, u"delivery_id = 2 ORDER BY sent_at, id"_qs},
            {column::Status, Qt::AscendingOrder, statusFilter({3, 0}),
             u"delivery_id = 2 AND status IN (0, 3) ORDER BY status, id"_qs},
            {column::Retries, Qt::DescendingOrder, reason, u"delivery_id = 2 AND failure_reason = 2 ORDER BY retries DESC, id"_qs},
            {column::UpdatedAt, Qt::DescendingOrder, domain,
             u"delivery_id = 2 AND domain = 'domain7.test' ORDER BY updated_at DESC, id"_qs},
            {column::Mx, Qt::AscendingOrder, sales, u"delivery_id = 2 AND instr(lower(address), 'sales.1') ORDER BY mx_host, id"_qs},
            {column::Address, Qt::AscendingOrder, underscore, u"delivery_id = 2 AND instr(address, '_x') ORDER BY address, id"_qs},
        };
        for (const View &view : views) {
            model.sort(view.sortColumn, view.order);
            model.setFilter(view.filter);
            SETTLE(model);
            const int rows = sqliteCount(temp, view.sql.left(view.sql.indexOf(u" ORDER BY")));
            QVERIFY2(rows > 0, qPrintable(view.sql));
            QCOMPARE(model.rowCount(), rows);
            for (const int first : {0, rows / 2, qMax(0, rows - 20)})
                QCOMPARE(modelIds(model, first, 20), sqliteIds(temp, view.sql, first, 20));
        }

        // Cells read as the user reads them.
        model.sort(-1, Qt::AscendingOrder);
        model.setFilter(reason);
        SETTLE(model);
        const int row = model.rowCount() - 1;
        const QString where = u"id = %1"_qs.arg(idAt(model, row));
        QCOMPARE(text(model, row, column::Status), u"Failed"_qs);
        QCOMPARE(text(model, row, column::Reason), u"Invalid domain"_qs);
        QCOMPARE(text(model, row, column::Address), test::sqliteValue(temp.path(), u"SELECT address FROM broadlog WHERE "_qs + where));
        QCOMPARE(text(model, row, column::LastReply), test::sqliteValue(temp.path(), u"SELECT last_reply FROM broadlog WHERE "_qs + where));
        QCOMPARE(text(model, row, column::Type),
                 test::sqliteValue(temp.path(), u"SELECT failure_type FROM broadlog WHERE "_qs + where) == u"2" ? u"Hard"_qs : u"Soft"_qs);
        QCOMPARE(text(model, row, column::SentAt), QString()); // failed: never sent
        QCOMPARE(model.data(model.index(row, column::Retries), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    void liveChangesKeepTheSelectionWithoutReset()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 600);
        QObject owner;
        DeliveryLogModel model(temp.path(), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelivery(2);
        SETTLE(model);
        QItemSelectionModel selection(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moves(&model, &QAbstractItemModel::layoutChanged);
        auto select = [&](int row) {
            selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return idAt(model, row);
        };
        auto selectedId = [&] { return idAt(model, selection.currentIndex().row()); };
        auto positionIn = [&](const QString &whereAndOrder, qint64 id) {
            const QStringList ids = sqliteIds(temp, whereAndOrder, 0, 1000000).split(u'\n');
            return int(ids.indexOf(QString::number(id)));
        };

        // A message on screen changes: its cells follow in place.
        const qint64 chosen = select(123);
        QCOMPARE(text(model, 123, column::Status), u"Sent"_qs);
        write(temp, u"UPDATE broadlog SET status = 3, failure_type = 2, failure_reason = 1, retries = 7, "
                    "last_reply = '550 5.1.1 gone' WHERE id = %1"_qs.arg(chosen));
        model.refresh();
        QVERIFY(changes.count() > 0);
        QCOMPARE(text(model, 123, column::Status), u"Failed"_qs);
        QCOMPARE(text(model, 123, column::Reason), u"User unknown"_qs);
        QCOMPARE(text(model, 123, column::Retries), u"7"_qs);
        QCOMPARE(text(model, 123, column::LastReply), u"550 5.1.1 gone"_qs);
        SETTLE(model);
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(selectedId(), chosen);
        QVERIFY(selection.isRowSelected(123));

        // Pending messages are sent: they leave a view of pending messages, the selection stays on
        // its message, which moves up.
        model.setFilter(statusFilter({0}));
        SETTLE(model);
        resets.clear();
        const qint64 waiting = select(20);
        write(temp, u"UPDATE broadlog SET status = 2 WHERE delivery_id = 2 AND status = 0 AND id < %1"_qs.arg(waiting));
        model.refresh();
        SETTLE(model);
        const QString pending = u"delivery_id = 2 AND status = 0 ORDER BY id"_qs;
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2 AND status = 0"_qs));
        QCOMPARE(modelIds(model, 0, model.rowCount()), sqliteIds(temp, pending, 0, 1000));
        QVERIFY(removals.count() > 0);
        QCOMPARE(selectedId(), waiting);
        QCOMPARE(selection.currentIndex().row(), 0);
        QVERIFY(selection.isRowSelected(0));

        // New messages arrive at the end of the view.
        write(temp, u"INSERT INTO broadlog (delivery_id, address, domain, created_at, updated_at) "
                    "SELECT 2, 'late' || id || '@late.test', 'late.test', %1, %1 FROM broadlog WHERE delivery_id = 2 LIMIT 30"_qs
                        .arg(someTime));
        inserts.clear();
        model.refresh();
        SETTLE(model);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2 AND status = 0"_qs));
        QCOMPARE(modelIds(model, 0, model.rowCount()), sqliteIds(temp, pending, 0, 1000));
        QCOMPARE(selectedId(), waiting);

        // A sort moves rows and the selection with them; a change of the sorted column moves the
        // message again.
        model.setFilter({});
        SETTLE(model);
        const qint64 sorted = select(300);
        // Unfiltered, in the order of writing, sending cannot move messages: only new ones
        // change the view, and they come at its end.
        write(temp, u"INSERT INTO broadlog (delivery_id, address, domain, created_at, updated_at) "
                    "VALUES (2, 'later@late.test', 'late.test', %1, %1)"_qs.arg(someTime));
        inserts.clear();
        model.refresh();
        SETTLE(model);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2"_qs));
        QCOMPARE(text(model, model.rowCount() - 1, column::Address), u"later@late.test"_qs);
        QCOMPARE(selectedId(), sorted);
        moves.clear();
        model.sort(column::Retries, Qt::DescendingOrder);
        QVERIFY(model.isLoading());
        SETTLE(model);
        QVERIFY(moves.count() > 0);
        const QString byRetries = u"delivery_id = 2 ORDER BY retries DESC, id"_qs;
        QCOMPARE(modelIds(model, 0, model.rowCount()), sqliteIds(temp, byRetries, 0, 1000));
        QCOMPARE(selectedId(), sorted);
        QCOMPARE(selection.currentIndex().row(), positionIn(byRetries, sorted));
        write(temp, u"UPDATE broadlog SET retries = 99 WHERE id = %1"_qs.arg(sorted));
        model.refresh();
        SETTLE(model);
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(selectedId(), sorted);
        QCOMPARE(text(model, 0, column::Retries), u"99"_qs);
        QCOMPARE(resets.count(), 1); // the filter change only
    }

    void detailsShowTheHistory()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 300);
        const qint64 message = test::sqliteValue(temp.path(), u"SELECT id FROM broadlog WHERE delivery_id = 2 AND status = 1 LIMIT 1 OFFSET 5"_qs).toLongLong();
        write(temp, u"INSERT INTO delivery_event (broadlog_id, at, outcome, phase, reply, mx_host) VALUES "
                    "(%1, %2 + 600, 'deferred', 'rcpt', '451 4.7.1 Try again later', 'mx2.domain.test'), "
                    "(%1, %2, 'connection_error', 'connect', 'Connection refused', 'mx1.domain.test')"_qs.arg(message).arg(someTime));
        DeliveryLogArea area(temp.workspace(), nullptr);
        area.setDelivery(2);
        SETTLE(*area.model());
        auto *placeholder = area.findChild<QLabel *>(u"detailsPlaceholder"_qs);
        QVERIFY(placeholder && !placeholder->text().isEmpty());
        area.table()->selectRow(area.model()->rowOf(message));

        auto *history = area.findChild<QTreeWidget *>(u"history"_qs);
        QVERIFY(history);
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(1), u"Connection error"_qs); // oldest first
        QCOMPARE(history->topLevelItem(0)->text(3), u"Connection refused"_qs);
        QCOMPARE(history->topLevelItem(1)->text(1), u"Deferred"_qs);
        QCOMPARE(history->topLevelItem(1)->text(2), u"rcpt"_qs);
        QCOMPARE(history->topLevelItem(1)->text(3), u"451 4.7.1 Try again later"_qs);
        QCOMPARE(history->topLevelItem(1)->text(4), u"mx2.domain.test"_qs);
        auto field = [&](const char *name) {
            auto *label = area.findChild<QLabel *>(u"field_"_qs + QString::fromLatin1(name));
            return label ? label->text() : u"(missing)"_qs;
        };
        QCOMPARE(field("address"), test::sqliteValue(temp.path(), u"SELECT address FROM broadlog WHERE id = %1"_qs.arg(message)));
        QCOMPARE(field("status"), u"Taken into account by the service provider"_qs);

        // The engine goes on: the details follow on the next refresh.
        write(temp, u"INSERT INTO delivery_event (broadlog_id, at, outcome, phase, reply, mx_host) VALUES "
                    "(%1, %2 + 1200, 'rejected', 'rcpt', '550 5.1.1 No such user', 'mx2.domain.test')"_qs.arg(message).arg(someTime));
        write(temp, u"UPDATE broadlog SET status = 3, failure_type = 2, failure_reason = 1, last_reply = '550 5.1.1 No such user' "
                    "WHERE id = %1"_qs.arg(message));
        area.refresh();
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(2)->text(1), u"Rejected"_qs);
        QCOMPARE(field("status"), u"Failed"_qs);
        QCOMPARE(field("failure_reason"), u"User unknown"_qs);

        // In French, codes read in French, in the details and in the table.
        const int row = area.model()->rowOf(message);
        QSignalSpy headers(area.model(), &QAbstractItemModel::headerDataChanged);
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_VERIFY(headers.count() > 0);
        QTRY_COMPARE(field("status"), u"En échec"_qs);
        QTRY_COMPARE(text(*area.model(), row, column::Status), u"En échec"_qs);
        QCOMPARE(field("failure_reason"), u"Utilisateur inconnu"_qs);
    }

    void filterBarDrivesTheModel()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 2000);
        addLog(temp, 3, 40);
        DeliveryLogArea area(temp.workspace(), nullptr);
        DeliveryLogModel &model = *area.model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        area.setDelivery(2);
        SETTLE(model);
        QCOMPARE(model.rowCount(), 2000);
        auto *count = area.findChild<QLabel *>(u"messageCount"_qs);
        QVERIFY(count && count->text().contains(u"2,000"_qs));

        // Typing waits for a pause before the log is filtered again.
        auto *search = area.findChild<QLineEdit *>(u"addressSearch"_qs);
        QVERIFY(search);
        QTest::keyClicks(search, u"SALES.1"_qs);
        QCOMPARE(model.filter().search, QString());
        QTRY_COMPARE(model.filter().search, u"SALES.1"_qs);
        SETTLE(model);
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2 AND instr(lower(address), 'sales.1')"_qs));

        search->clear();
        auto *failed = area.findChild<QAction *>(u"status_failed"_qs);
        auto *pending = area.findChild<QAction *>(u"status_pending"_qs);
        QVERIFY(failed && pending);
        failed->trigger();
        pending->trigger();
        QCOMPARE(model.filter().statuses, QList<int>({0, 3}));
        QCOMPARE(area.findChild<QToolButton *>(u"statusFilter"_qs)->text(), u"2 statuses"_qs);
        auto *reason = area.findChild<QComboBox *>(u"reasonFilter"_qs);
        QVERIFY(reason);
        reason->setCurrentIndex(reason->findData(5));
        QCOMPARE(model.filter().reason.value_or(-1), 5);
        SETTLE(model);
        QCOMPARE(model.rowCount(), sqliteCount(temp, u"delivery_id = 2 AND status IN (0, 3) AND failure_reason = 5"_qs));

        auto *domain = area.findChild<QLineEdit *>(u"domainFilter"_qs);
        QVERIFY(domain && domain->completer());
        QCOMPARE(domain->completer()->model()->rowCount(),
                 test::sqliteValue(temp.path(), u"SELECT count(DISTINCT domain) FROM broadlog WHERE delivery_id = 2"_qs).toInt());
        domain->setText(u"domain5.test"_qs);
        QTest::keyClick(domain, Qt::Key_Return);
        QCOMPARE(model.filter().domain, u"domain5.test"_qs);
        SETTLE(model);
        QCOMPARE(model.rowCount(),
                 sqliteCount(temp, u"delivery_id = 2 AND status IN (0, 3) AND failure_reason = 5 AND domain = 'domain5.test'"_qs));

        // Another delivery starts with every filter off.
        area.setDelivery(3);
        QVERIFY(model.filter().isEmpty());
        QVERIFY(domain->text().isEmpty());
        QCOMPARE(reason->currentIndex(), 0);
        QVERIFY(!failed->isChecked());
        SETTLE(model);
        QCOMPARE(model.rowCount(), 40);

        // No delivery: the log of the one being read never shows up.
        area.setDelivery(2);
        QVERIFY(model.isLoading());
        area.setDelivery(0);
        QVERIFY(!model.isUpdating());
        QSignalSpy updates(&model, &DeliveryLogModel::updated);
        QVERIFY(!updates.wait(300));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(area.findChild<QLabel *>(u"emptyState"_qs)->text(), u"Choose a delivery to see its log."_qs);
    }

    void exportWritesTheViewAsCsv()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 200);
        const qint64 special = test::sqliteValue(temp.path(), u"SELECT id FROM broadlog WHERE delivery_id = 2 LIMIT 1 OFFSET 41"_qs).toLongLong();
        // A reply with a comma, quotes, a line break and a non-ASCII letter.
        write(temp, u"UPDATE broadlog SET status = 3, failure_type = 2, failure_reason = 1, retries = 2, "
                    "last_reply = '550 5.7.1 \"Blocked\", see <https://x.test/a,b>' || char(10) || 'boîte refusée', "
                    "mx_host = 'mx9.test', created_at = %1, updated_at = %1 + 60, sent_at = NULL, next_attempt_at = NULL "
                    "WHERE id = %2"_qs.arg(someTime).arg(special));
        DeliveryLogArea area(temp.workspace(), nullptr);
        area.setDelivery(2);
        DeliveryLogModel &model = *area.model();
        model.setFilter(statusFilter({2, 3}));
        model.sort(column::LastReply, Qt::DescendingOrder);
        SETTLE(model);
        const QString view = u"delivery_id = 2 AND status IN (2, 3) ORDER BY last_reply DESC, id"_qs;

        QTemporaryDir out;
        const QString path = out.filePath(u"log.csv"_qs);
        QSignalSpy status(&area, &DeliveryLogArea::statusMessage);
        area.startExport(path);
        QVERIFY(area.runningExport());
        QVERIFY(!area.exportAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 30000);
        QVERIFY(!area.runningExport());
        QCOMPARE(status.at(0).at(0).toString(),
                 u"%1 messages exported to %2."_qs.arg(QLocale().toString(model.rowCount()), QDir::toNativeSeparators(path)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.endsWith("\r\n"));
        // Records end with CRLF; the line break inside the quoted reply is a lone LF.
        QList<QByteArray> records = csv.split('\n');
        QCOMPARE(records.takeLast(), QByteArray());
        QByteArrayList lines;
        for (const QByteArray &piece : std::as_const(records)) {
            if (!lines.isEmpty() && !lines.last().endsWith('\r'))
                lines.last() += '\n' + piece; // inside a quoted field
            else
                lines.append(piece);
        }
        for (QByteArray &line : lines) {
            QVERIFY(line.endsWith('\r'));
            line.chop(1);
        }
        QCOMPARE(lines.first(), QByteArray("id,address,status,failure_type,failure_reason,retries,last_reply,mx_host,domain,"
                                           "created_at,updated_at,sent_at,next_attempt_at"));
        lines.removeFirst();
        QCOMPARE(lines.size(), sqliteCount(temp, view.left(view.indexOf(u" ORDER BY"))));
        QByteArrayList ids;
        for (const QByteArray &line : std::as_const(lines))
            ids.append(line.left(line.indexOf(',')));
        QCOMPARE(QString::fromLatin1(ids.join('\n')), sqliteIds(temp, view, 0, 1000));

        const QByteArray address = test::sqliteValue(temp.path(), u"SELECT address FROM broadlog WHERE id = %1"_qs.arg(special)).toUtf8();
        const QByteArray domain = test::sqliteValue(temp.path(), u"SELECT domain FROM broadlog WHERE id = %1"_qs.arg(special)).toUtf8();
        const QByteArray expected = QByteArray::number(special) + ',' + address + ",failed,hard,user_unknown,2,"
                                    "\"550 5.7.1 \"\"Blocked\"\", see <https://x.test/a,b>\nboîte refusée\","
                                    "mx9.test," + domain + ",2024-05-29T16:26:40Z,2024-05-29T16:27:40Z,,";
        QVERIFY(lines.contains(expected));
        const QByteArray sent = lines.at(lines.size() - 1); // replies sort "250…" last when descending
        QVERIFY2(sent.contains(",sent,,,"), sent.constData());
    }

    void canceledExportLeavesNoFile()
    {
        test::TempWorkspace temp;
        addLog(temp, 2, 100000);
        DeliveryLogArea area(temp.workspace(), nullptr);
        area.setDelivery(2);
        SETTLE(*area.model());
        QTemporaryDir out;
        const QString path = out.filePath(u"log.csv"_qs);
        QSignalSpy status(&area, &DeliveryLogArea::statusMessage);
        area.startExport(path);
        DeliveryLogExport *job = area.runningExport();
        QVERIFY(job);
        QSignalSpy canceled(job, &DeliveryLogExport::canceled);
        auto *progress = area.findChild<QProgressDialog *>(u"exportProgress"_qs);
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 30000);
        QCOMPARE(status.at(0).at(0).toString(), u"Export canceled: no file was written."_qs);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(area.exportAction()->isEnabled());
    }

    void timingsAtOneMillionMessages()
    {
        test::TempWorkspace temp;
        QElapsedTimer clock;
        clock.start();
        addLog(temp, 2, 1000000);
        qInfo("1,000,000 messages written by SQLite in %lld ms", clock.elapsed());

        QObject owner;
        DeliveryLogModel model(temp.path(), &owner);
        TableView view(nullptr);
        view.setModel(&model);
        view.setSelectionMode(QAbstractItemView::SingleSelection);
        view.resize(1000, 700);
        view.show();
        double guiMs = 0;
        QElapsedTimer gui;
        connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, &owner, [&] { gui.start(); });
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, &owner, [&] { gui.start(); });
        connect(&model, &DeliveryLogModel::updated, &owner, [&] { guiMs = gui.isValid() ? gui.nsecsElapsed() / 1e6 : 0; });
        // The event loop's longest wait between two ticks of a 5 ms timer: what a user feels.
        QTimer ticker;
        QElapsedTimer sinceTick;
        qint64 longestStallMs = 0;
        connect(&ticker, &QTimer::timeout, &owner, [&] {
            longestStallMs = qMax(longestStallMs, sinceTick.restart());
        });
        auto startWatching = [&] {
            longestStallMs = 0;
            sinceTick.start();
            ticker.start(5);
        };

        clock.start();
        model.setDelivery(2);
        QVERIFY(runUntilSettled(model));
        QCOMPARE(model.rowCount(), 1000000);
        qInfo("first load (ids in written order): %lld ms", clock.elapsed());

        clock.start();
        const QString cell = text(model, 654321, column::Address);
        const qint64 coldPage = clock.nsecsElapsed();
        clock.start();
        for (int row = 654322; row < 654352; ++row)
            text(model, row, column::LastReply);
        const qint64 warmRows = clock.nsecsElapsed();
        QVERIFY(!cell.isEmpty());
        qInfo("page fetch (64 rows by id): %.2f ms; the next 30 rows (from the cache, then one page more): %.3f ms", coldPage / 1e6, warmRows / 1e6);

        {
            // The baseline: what the machine's load alone does to the event loop.
            startWatching();
            QEventLoop idle;
            QTimer::singleShot(1000, &idle, &QEventLoop::quit);
            idle.exec();
            qInfo("idle event loop for 1 s: longest stall %lld ms", longestStallMs);
        }
        view.selectRow(500000);
        const qint64 selected = idAt(model, 500000);
        struct Sort {
            int column;
            Qt::SortOrder order;
            const char *name;
        };
        for (const Sort &sort : {Sort{column::Status, Qt::AscendingOrder, "status"},
                                 Sort{column::Address, Qt::AscendingOrder, "address"},
                                 Sort{column::LastReply, Qt::DescendingOrder, "last reply, descending"},
                                 Sort{column::UpdatedAt, Qt::AscendingOrder, "updated"},
                                 Sort{-1, Qt::AscendingOrder, "written order"}}) {
            gui.invalidate();
            startWatching();
            clock.start();
            model.sort(sort.column, sort.order);
            QVERIFY(runUntilSettled(model));
            qInfo("sort by %s: shown after %lld ms, of which %.2f ms on the GUI thread; longest event-loop stall %lld ms",
                  sort.name, clock.elapsed(), guiMs, longestStallMs);
            QCOMPARE(idAt(model, view.currentIndex().row()), selected);
        }

        DeliveryLogFilter search;
        search.search = u"sales.1"_qs;
        clock.start();
        model.setFilter(search);
        QVERIFY(runUntilSettled(model));
        qInfo("search in addresses: %d messages after %lld ms", model.rowCount(), clock.elapsed());
        model.setFilter(statusFilter({0}));
        model.sort(column::Status, Qt::AscendingOrder);
        QVERIFY(runUntilSettled(model));

        // The engine sends 1,000 pending messages; the view follows.
        view.scrollTo(model.index(50000, 0));
        QCoreApplication::processEvents();
        const int before = model.rowCount();
        write(temp, u"UPDATE broadlog SET status = 2, last_reply = '250 ok' WHERE delivery_id = 2 AND status = 0 AND id % 1000 = 8"_qs);
        gui.invalidate();
        startWatching();
        clock.start();
        model.refresh();
        const double refreshMs = clock.nsecsElapsed() / 1e6;
        QVERIFY(runUntilSettled(model));
        QVERIFY(model.rowCount() < before);
        qInfo("live refresh at 1,000,000: %.2f ms on the GUI thread, then %d → %d rows moved in %lld ms "
              "(%.2f ms on the GUI thread); longest event-loop stall %lld ms",
              refreshMs, before, model.rowCount(), clock.elapsed(), guiMs, longestStallMs);
        clock.start();
        model.refresh();
        qInfo("refresh with nothing changed: %.3f ms", clock.nsecsElapsed() / 1e6);

        QTemporaryDir out;
        DeliveryLogExport job(temp.path(), nullptr);
        QSignalSpy done(&job, &DeliveryLogExport::succeeded);
        clock.start();
        job.start(out.filePath(u"log.csv"_qs), model.snapshot());
        QVERIFY(done.wait(120000));
        qInfo("CSV export of %d messages: %lld ms", done.at(0).at(0).toInt(), clock.elapsed());
    }
};

QTEST_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"
