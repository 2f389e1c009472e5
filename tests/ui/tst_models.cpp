// The item models of the console over a real workspace: contents, number and date formatting in
// both locales, refresh and language switches, all under QAbstractItemModelTester.
#include "deliverymodel.h"
#include "i18n/language.h"
#include "kpi/kpiledger.h"
#include "listsummarymodel.h"
#include "quarantinemodel.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;

namespace {

constexpr qint64 someTime = 1717000000; // 2024-05-29, a fixed instant for date columns

void write(test::TempWorkspace &temp, const QString &sql)
{
    temp.writer().submit([sql](QSqlDatabase &db) { execute(db, sql); }).waitForFinished();
}

// Runs on the writer thread, where QVERIFY cannot report: a failure travels back in the future.
void mustExec(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError(query.lastError().text());
}

// A list with `usable` good addresses, one without an address and one of bad quality.
void addList(test::TempWorkspace &temp, const QString &name, int usable)
{
    temp.writer().submit([name, usable](QSqlDatabase &db) {
        QSqlQuery list(db);
        list.prepare(u"INSERT INTO recipient_list (name, created_at, updated_at) VALUES (?, ?, ?)"_qs);
        list.addBindValue(name);
        list.addBindValue(someTime);
        list.addBindValue(someTime);
        mustExec(list);
        const qint64 listId = list.lastInsertId().toLongLong();
        QSqlQuery row(db);
        row.prepare(u"INSERT INTO recipient (list_id, email, email_ascii, domain, address_issue) VALUES (?, ?, ?, ?, ?)"_qs);
        for (int i = 0; i < usable + 2; ++i) {
            const QString email = i == usable ? u""_qs : i == usable + 1 ? u"not-an-address"_qs
                                                                            : u"r%1@example.com"_qs.arg(i);
            row.addBindValue(listId);
            row.addBindValue(email);
            row.addBindValue(email);
            row.addBindValue(i < usable ? u"example.com"_qs : QString(u""_qs));
            row.addBindValue(i == usable ? QVariant(7) : i == usable + 1 ? QVariant(14) : QVariant());
            mustExec(row);
        }
    }).waitForFinished();
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

QString frenchNumber(qint64 value)
{
    return QLocale(QLocale::French, QLocale::France).toString(value);
}

} // namespace

class TestModels final : public QObject
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

    void listSummaryCountsAndFormats()
    {
        test::TempWorkspace temp;
        QObject owner;
        ListSummaryModel model(temp.path(), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ListSummaryModel::ColumnCount));
        QCOMPARE(header(model, ListSummaryModel::Recipients), u"Recipients"_qs);

        addList(temp, u"Newsletter"_qs, 1234);
        addList(temp, u"alumni"_qs, 3);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        // Ordered by name whatever the case.
        QCOMPARE(text(model, 0, ListSummaryModel::Name), u"alumni"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::Name), u"Newsletter"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::Recipients), u"1,236"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::Usable), u"1,234"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::WithoutAddress), u"1"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::BadQuality), u"1"_qs);
        QCOMPARE(text(model, 1, ListSummaryModel::LastUpdate),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(someTime), QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(1, ListSummaryModel::Usable), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.listNames(), QStringList({u"alumni"_qs, u"Newsletter"_qs}));

        // Same number of rows: the cells change in place, the view keeps its selection.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        write(temp, u"UPDATE recipient SET address_issue = 14 WHERE email = 'r0@example.com'"_qs);
        QVERIFY(model.refresh());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(text(model, 1, ListSummaryModel::BadQuality), u"2"_qs);
    }

    void languageSwitchRerendersNumbersAndHeaders()
    {
        test::TempWorkspace temp;
        QObject owner;
        ListSummaryModel model(temp.path(), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        addList(temp, u"Newsletter"_qs, 1234);
        QVERIFY(model.refresh());
        QCOMPARE(text(model, 0, ListSummaryModel::Usable), u"1,234"_qs);

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(headers.count(), 1); // one notice per switch, however many catalogues changed
        QCOMPARE(cells.count(), 1);
        QCOMPARE(text(model, 0, ListSummaryModel::Usable), frenchNumber(1234));
        QCOMPARE(header(model, ListSummaryModel::Recipients), u"Destinataires"_qs);

        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(headers.count(), 2);
        QCOMPARE(text(model, 0, ListSummaryModel::Usable), u"1,234"_qs);
        QCOMPARE(header(model, ListSummaryModel::Recipients), u"Recipients"_qs);
    }

    void refreshFailureKeepsRowsAndSaysWhy()
    {
        QTemporaryDir dir;
        QObject owner;
        ListSummaryModel model(dir.filePath(u"missing.diffusion"_qs), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(&model, &SqlTableModel::refreshFailed);
        QVERIFY(!model.refresh());
        QCOMPARE(failures.count(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void quarantineShowsTranslatedCodes()
    {
        test::TempWorkspace temp;
        QObject owner;
        QuarantineModel model(temp.path(), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 0);

        write(temp, u"INSERT INTO quarantine (address, status, error_count, last_error, reason, first_error_at, "
                   "last_error_at, updated_at) VALUES "
                   "('gone@example.com', 2, 3, '550 5.1.1 user unknown', 1, %1, %1 + 60, %1 + 60), "
                   "('full@example.org', 1, 1200, '452 mailbox full', 5, %1, %1, %1)"_qs.arg(someTime));
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        // Most recent error first.
        QCOMPARE(text(model, 0, QuarantineModel::Address), u"gone@example.com"_qs);
        QCOMPARE(text(model, 0, QuarantineModel::Status), u"Quarantine"_qs);
        QCOMPARE(text(model, 0, QuarantineModel::Reason), u"User unknown"_qs);
        QCOMPARE(text(model, 0, QuarantineModel::Errors), u"3"_qs);
        QCOMPARE(text(model, 0, QuarantineModel::LastError), u"550 5.1.1 user unknown"_qs);
        QCOMPARE(text(model, 0, QuarantineModel::LastErrorAt),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(someTime + 60), QLocale::ShortFormat));
        QCOMPARE(text(model, 1, QuarantineModel::Status), u"With errors"_qs);
        QCOMPARE(text(model, 1, QuarantineModel::Errors), u"1,200"_qs);

        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(text(model, 1, QuarantineModel::Errors), frenchNumber(1200));
    }

    void deliveriesWithStateAndKpis()
    {
        test::TempWorkspace temp;
        QObject owner;
        DeliveryModel model(temp.path(), &owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 0);

        write(temp, u"INSERT INTO delivery (id, label, state, created_at, updated_at) VALUES "
                   "(1, 'Spring sale', 0, %1, %1), (2, '', 95, %1, %1)"_qs.arg(someTime));
        write(temp, u"INSERT INTO broadlog (delivery_id, address, domain, status, created_at, updated_at) VALUES "
                   "(2, 'a@x.test', 'x.test', 2, %1, %1), (2, 'b@x.test', 'x.test', 2, %1, %1), "
                   "(2, 'c@x.test', 'x.test', 3, %1, %1), (2, 'd@x.test', 'x.test', 4, %1, %1)"_qs.arg(someTime));
        // Written behind the feedback service's back: count them as it does after bulk changes.
        temp.writer().submit([](QSqlDatabase &db) { KpiLedger::rebuild(db, 2); }).waitForFinished();
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, DeliveryModel::Label), u"(no label)"_qs); // newest first
        QCOMPARE(text(model, 0, DeliveryModel::State), u"Finished"_qs);
        QCOMPARE(text(model, 0, DeliveryModel::ToDeliver), u"3"_qs);
        QCOMPARE(text(model, 0, DeliveryModel::Sent), u"2"_qs);
        QCOMPARE(text(model, 0, DeliveryModel::Failed), u"1"_qs);
        QCOMPARE(text(model, 0, DeliveryModel::Success), u"66.7 %"_qs);
        QCOMPARE(text(model, 1, DeliveryModel::Label), u"Spring sale"_qs);
        QCOMPARE(text(model, 1, DeliveryModel::State), u"Being edited"_qs);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
