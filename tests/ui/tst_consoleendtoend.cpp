// The console end to end (offscreen): a delivery created in the editor, analyzed and confirmed in
// the analysis dialog, sent by an engine to the built-in relay (default profile: *.invalid
// hard-bounces, the rest is accepted), then its final KPIs on the dashboard and its messages in
// the delivery log; then the language switched to French. Counts are checked with sqlite3.
#include "analysisdialog.h"
#include "dashboard/dashboardarea.h"
#include "dashboard/kpitile.h"
#include "deliverylog/deliverylogarea.h"
#include "deliverylog/deliverylogmodel.h"
#include "deliverymenu.h"
#include "editor/deliveryeditor.h"
#include "enginerun.h"
#include "engine/enginehost.h"
#include "i18n/language.h"
#include "import/recipientimport.h"
#include "mainwindow.h"
#include "process.h"
#include "relayprocess.h"
#include "routing/routetable.h"
#include "sqltablemodel.h"
#include "store/storewriter.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "tempworkspace.h"
#include "uitest.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;
using diffusion::test::child;

class TestConsoleEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAnalyzeConfirmSendAndWatch()
    {
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::TempWorkspace temp;
        QFile csv(temp.filePath(u"list.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first name\n");
        for (int i = 0; i < 20; ++i)
            csv.write("ok" + QByteArray::number(i) + "@ok.test,Ann\n");
        for (int i = 0; i < 4; ++i)
            csv.write("gone" + QByteArray::number(i) + "@nowhere.invalid,Bob\n");
        csv.close();
        ImportOptions options;
        options.listName = u"customers"_qs;
        options.filePath = csv.fileName();
        submitImport(temp.writer(), options).waitForFinished();
        temp.writer().submit([&relay](QSqlDatabase &db) {
            RouteTable::set(db, Route{u"*"_qs, {{u"127.0.0.1"_qs, relay.port()}}, TlsPolicy::Disabled, {}});
        }).waitForFinished();

        MainWindow window(temp.workspace());
        window.show();

        // New delivery, in the editor.
        window.deliveryMenu()->newAction()->trigger();
        auto *editor = window.findChild<DeliveryEditor *>();
        QVERIFY(editor);
        child<QLineEdit>(editor, u"label"_qs)->setText(u"Spring"_qs);
        child<QLineEdit>(editor, u"sender"_qs)->setText(u"news@sender.test"_qs);
        child<QLineEdit>(editor, u"subject"_qs)->setText(u"Hello {{firstName}}"_qs);
        child<QPlainTextEdit>(editor, u"text"_qs)->setPlainText(u"Hello {{firstName}}\nUnsubscribe: {{unsubscribeUrl}}\n"_qs);
        child<QLineEdit>(editor, u"unsubscribeUrl"_qs)->setText(u"https://sender.test/u/{{messageId}}"_qs);
        QPushButton *save = child<QDialogButtonBox>(editor, QString())->button(QDialogButtonBox::Save);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM delivery"_qs), u"1"_qs);
        window.deliveriesArea()->refresh();
        QCOMPARE(window.deliveriesArea()->model()->rowCount(), 1);
        window.deliveriesArea()->pane()->table()->selectRow(0);

        // Analyze, read, confirm.
        window.deliveryMenu()->analyzeAction()->trigger();
        auto *dialog = window.findChild<AnalysisDialog *>();
        QVERIFY(dialog);
        QPushButton *confirm = child<QPushButton>(dialog, u"confirmDelivery"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 20000);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(test::sqliteValue(temp.path(), u"SELECT state FROM delivery"_qs), u"51"_qs);

        // The engine a console runs takes it and sends it to its end.
        EngineHost engine(temp.path(), temp.writer(), test::fastEngineOptions());
        QSignalSpy finished(&engine, &EngineHost::deliveryFinished);
        engine.start(100);
        QVERIFY(finished.wait(60000));
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT state FROM delivery"_qs), u"95"_qs);

        // The dashboard and the log show what the workspace holds.
        window.showArea(Navigation::Area::Dashboard);
        window.dashboardArea()->refresh();
        const QString sent = test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE status = 2"_qs);
        const QString failed = test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE status = 3"_qs);
        QCOMPARE(sent, u"20"_qs);
        QCOMPARE(failed, u"4"_qs);
        QTRY_COMPARE(child<KpiTile>(window.dashboardArea(), u"kpiSent"_qs)->value(), sent);
        QCOMPARE(child<KpiTile>(window.dashboardArea(), u"kpiFailed"_qs)->value(), failed);
        QCOMPARE(child<KpiTile>(window.dashboardArea(), u"kpiHardBounces"_qs)->value(), failed);
        window.showArea(Navigation::Area::Logs);
        window.deliveryLogArea()->refresh();
        QTRY_COMPARE(window.deliveryLogArea()->model()->rowCount(), 24);

        // And the console speaks French at once.
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(window.navigation()->item(0)->text(), u"Diffusions"_qs);
        QTRY_VERIFY(child<KpiTile>(window.dashboardArea(), u"kpiSent"_qs)->findChild<QLabel *>(u"caption"_qs)->text() != u"Sent"_qs);
        QVERIFY(Language::install(u"en"_qs));
    }
};

QTEST_MAIN(TestConsoleEndToEnd)
#include "tst_consoleendtoend.moc"
