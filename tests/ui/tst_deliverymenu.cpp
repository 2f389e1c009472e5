// The Delivery menu's writes: duplicate, delete (after its question) and requests the present
// state refuses. They reach the workspace through the writer without the GUI thread waiting, so
// each outcome is awaited through the status message the menu sends.
#include "analysisrun.h"
#include "deliverymenu.h"
#include "deliveryfixture.h"
#include "deliverymodel.h"
#include "mainwindow.h"
#include "process.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "uitest.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;

class TestDeliveryMenu final : public QObject
{
    Q_OBJECT

    static QString lastMessage(QSignalSpy &spy) { return spy.isEmpty() ? QString() : spy.last().first().toString(); }

private Q_SLOTS:
    void duplicateThenDelete()
    {
        test::DeliveryFixture fixture({u"a.test"_qs}, 3);
        const QString path = fixture.temp().path();
        const qint64 original = fixture.deliveryId();
        QVERIFY(test::analyzeDelivery(path, fixture.writer(), original, false));
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM broadlog"_qs), u"3"_qs);
        MainWindow window(fixture.workspace());
        window.show();
        TableArea *deliveries = window.deliveriesArea();
        deliveries->refresh();
        QCOMPARE(deliveries->model()->rowCount(), 1);
        DeliveryMenu *menu = window.deliveryMenu();
        QSignalSpy told(menu, &DeliveryMenu::statusMessage);

        QVERIFY(!menu->duplicateAction()->isEnabled()); // nothing selected yet
        deliveries->pane()->table()->selectRow(0);
        QVERIFY(menu->duplicateAction()->isEnabled());
        menu->duplicateAction()->trigger();
        QTRY_COMPARE(lastMessage(told), u"Delivery %1 copied into delivery %2."_qs.arg(original).arg(original + 1));
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM delivery"_qs), u"2"_qs);
        QCOMPARE(deliveries->model()->rowCount(), 2);

        // A delivery not yet confirmed cannot be paused: the menu says so instead of failing silently.
        menu->pauseAction()->trigger();
        QTRY_VERIFY(lastMessage(told).contains(u"cannot do that in its present state"_qs));

        // Cancel keeps it; Yes deletes it with its log.
        QString asked;
        test::answerNextQuestion(QMessageBox::Cancel, &asked);
        const qsizetype before = told.count();
        menu->deleteAction()->trigger();
        QVERIFY(asked.contains(u"cannot be undone"_qs));
        QCOMPARE(told.count(), before);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM delivery"_qs), u"2"_qs);

        for (int row = 0; row < deliveries->model()->rowCount(); ++row) {
            if (deliveries->model()->rawValue(row, DeliveryModel::Id).toLongLong() == original)
                deliveries->pane()->table()->selectRow(row);
        }
        test::answerNextQuestion(QMessageBox::Yes, &asked);
        menu->deleteAction()->trigger();
        QTRY_COMPARE(lastMessage(told), u"Delivery %1 deleted."_qs.arg(original));
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM delivery WHERE id = %1"_qs.arg(original)), u"0"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM broadlog WHERE delivery_id = %1"_qs.arg(original)), u"0"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM delivery"_qs), u"1"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM broadlog"_qs), u"0"_qs);
        QCOMPARE(deliveries->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestDeliveryMenu)
#include "tst_deliverymenu.moc"
