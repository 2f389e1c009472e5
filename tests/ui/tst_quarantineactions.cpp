// The Quarantine area's bar (offscreen): the filter by address and status, and the operator's
// release and denylist decisions on several selected addresses, read back with the sqlite3 CLI.
#include "mainwindow.h"
#include "process.h"
#include "quarantine/quarantineactions.h"
#include "sqltablemodel.h"
#include "store/connection.h"
#include "store/storewriter.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;

class TestQuarantineActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterThenDecide()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO quarantine (address, status, error_count, reason, last_error_at, updated_at) VALUES "
                        "('ann@a.test', 2, 1, 1, 30, 0), ('bob@a.test', 2, 1, 1, 20, 0), ('carl@b.test', 1, 2, 5, 10, 0), "
                        "('dan@b.test', 3, 0, NULL, 5, 0)"_qs);
        }).waitForFinished();
        MainWindow window(temp.workspace());
        window.showArea(Navigation::Area::Quarantine);
        TableArea *area = window.quarantineArea();
        QAbstractItemModelTester tester(area->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        area->refresh();
        QCOMPARE(area->model()->rowCount(), 4);

        auto *filter = area->findChild<QLineEdit *>(u"quarantineFilter"_qs);
        auto *status = area->findChild<QComboBox *>(u"quarantineStatusFilter"_qs);
        filter->setText(u"A.TEST"_qs); // any case
        QCOMPARE(area->model()->rowCount(), 2);
        filter->setText(u"it's"_qs); // a quote is text, not SQL
        QCOMPARE(area->model()->rowCount(), 0);
        filter->clear();
        status->setCurrentIndex(status->findData(int(AddressStatus::Quarantine)));
        QCOMPARE(area->model()->rowCount(), 2);

        auto *release = area->findChild<QPushButton *>(u"releaseAddresses"_qs);
        QVERIFY(!release->isEnabled());
        TableView *table = area->pane()->table();
        table->selectAll();
        QVERIFY(release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        QTRY_COMPARE(area->model()->rowCount(), 0); // released: no longer in quarantine
        status->setCurrentIndex(0); // every status but Valid
        QCOMPARE(area->model()->rowCount(), 2);
        status->setCurrentIndex(status->findData(int(AddressStatus::Valid)));
        QCOMPARE(area->model()->rowCount(), 2);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(address || '=' || status, ' ') FROM (SELECT * FROM quarantine ORDER BY address)"_qs),
                 u"ann@a.test=0 bob@a.test=0 carl@b.test=1 dan@b.test=3"_qs);
        temp.reopen();

        MainWindow again(temp.workspace());
        QSignalSpy told(again.quarantineActions(), &QuarantineActions::statusMessage);
        again.quarantineActions()->deny({u"carl@b.test"_qs, u"new@c.test"_qs}, u"asked by phone"_qs);
        QTRY_COMPARE(told.count(), 1);
        QCOMPARE(told.first().first().toString(), u"2 address(es) put on the denylist."_qs);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(address || '=' || status || ':' || note, ' ') FROM "
                                                "(SELECT * FROM quarantine WHERE status = 3 AND note <> '' ORDER BY address)"_qs),
                 u"carl@b.test=3:asked by phone new@c.test=3:asked by phone"_qs);
    }
};

QTEST_MAIN(TestQuarantineActions)
#include "tst_quarantineactions.moc"
