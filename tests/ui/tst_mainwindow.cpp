// The console window: every area in both languages, the language switch and its memory, and the
// `diffusion` program's screenshot mode and exit codes.
#include "areaheader.h"
#include "deliverymenu.h"
#include "deliverymodel.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "listsummarymodel.h"
#include "mainwindow.h"
#include "rules/mxrulelistmodel.h"
#include "rules/mxrulesarea.h"
#include "process.h"
#include "tablearea.h"
#include "recipientsarea.h"
#include "settingsarea.h"
#include "store/connection.h"
#include "tablepane.h"
#include "tableview.h"
#include "tempworkspace.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;
using Area = Navigation::Area;

namespace {

QString areaTitle(MainWindow &window, Area area)
{
    auto *title = window.areaWidget(area)->findChild<QLabel *>(u"areaTitle"_qs);
    return title ? title->text() : QString();
}

QString navigationText(MainWindow &window, Area area)
{
    return window.navigation()->item(int(Navigation::areas().indexOf(area)))->text();
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// The labels a user reads for each area, in one language.
struct Expected {
    Area area;
    QString english;
    QString french;
};

const QList<Expected> &expectedAreas()
{
    static const QList<Expected> all{
        {Area::Deliveries, u"Deliveries"_qs, u"Diffusions"_qs},
        {Area::Dashboard, u"Delivery dashboard"_qs, u"Tableau de bord"_qs},
        {Area::Logs, u"Delivery log"_qs, u"Logs de diffusion"_qs},
        {Area::Recipients, u"Recipients"_qs, u"Destinataires"_qs},
        {Area::Quarantine, u"Quarantine"_qs, u"Quarantaine"_qs},
        {Area::InMail, u"Inbound mail"_qs, u"Courrier entrant"_qs},
        {Area::MxRules, u"MX rules"_qs, u"Règles MX"_qs},
        {Area::Qualification, u"Qualification rules"_qs, u"Règles de qualification"_qs},
        {Area::Settings, u"Settings"_qs, u"Paramètres"_qs},
    };
    return all;
}

test::ProcessResult runGui(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(DIFFUSION_GUI_PATH), arguments);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Diffusion"_qs);
        QCoreApplication::setApplicationName(u"diffusion"_qs);
        QSettings().clear();
        // The programs started by this test read their settings from here, not the user's.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void init()
    {
        QVERIFY(Language::install(u"en"_qs));
        QCoreApplication::processEvents();
    }

    void everyAreaInEnglish()
    {
        test::TempWorkspace temp;
        MainWindow window(temp.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), u"Diffusion — test.diffusion"_qs);
        auto *path = window.findChild<QLabel *>(u"workspacePath"_qs);
        QVERIFY(path);
        QVERIFY(path->text().contains(temp.path()));
        QCOMPARE(menuTitles(window), QStringList({u"&File"_qs, u"&View"_qs, u"&Delivery"_qs, u"&Language"_qs}));

        for (const Expected &expected : expectedAreas()) {
            window.navigation()->setCurrentArea(expected.area);
            QCOMPARE(window.currentArea(), expected.area);
            QVERIFY(window.areaWidget(expected.area)->isVisible());
            QCOMPARE(navigationText(window, expected.area), expected.english);
            QCOMPARE(areaTitle(window, expected.area), expected.english);
        }

        // Empty areas say what they will hold; the MX rules come with the workspace.
        QCOMPARE(window.deliveriesArea()->pane()->message(),
                 u"No deliveries yet. Deliveries you create will be listed here with their state and live KPIs."_qs);
        QVERIFY(window.recipientsArea()->pane()->message().startsWith(u"No recipient lists yet."_qs));
        QVERIFY(window.quarantineArea()->pane()->message().startsWith(u"No address is in quarantine."_qs));
        QVERIFY(window.mxRulesArea()->model()->rowCount() > 0);
        QVERIFY(window.recipientsArea()->importAction()->isEnabled());
        QCOMPARE(window.recipientsArea()->importAction()->text(), u"&Import CSV…"_qs);
    }

    void everyAreaInFrench()
    {
        test::TempWorkspace temp;
        MainWindow window(temp.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(Area::Recipients);

        QVERIFY(Language::install(u"fr"_qs));
        // Qt delivers LanguageChange to widgets through the event loop.
        QTRY_COMPARE(navigationText(window, Area::Recipients), u"Destinataires"_qs);
        for (const Expected &expected : expectedAreas()) {
            window.showArea(expected.area);
            QCOMPARE(window.currentArea(), expected.area);
            QCOMPARE(navigationText(window, expected.area), expected.french);
            QCOMPARE(areaTitle(window, expected.area), expected.french);
        }
        QCOMPARE(menuTitles(window), QStringList({u"&Fichier"_qs, u"&Affichage"_qs, u"&Diffusion"_qs, u"&Langue"_qs}));
        QCOMPARE(window.recipientsArea()->importAction()->text(), u"&Importer un CSV…"_qs);
        QTRY_COMPARE(window.recipientsArea()->model()->headerData(ListSummaryModel::Recipients, Qt::Horizontal).toString(),
                     u"Destinataires"_qs);
        // The file name is no sentence: the title keeps it whatever the language.
        QVERIFY(window.windowTitle().endsWith(u"test.diffusion"_qs));

        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(navigationText(window, Area::Recipients), u"Recipients"_qs);
        QCOMPARE(menuTitles(window), QStringList({u"&File"_qs, u"&View"_qs, u"&Delivery"_qs, u"&Language"_qs}));
    }

    void languageMenuSwitchesAndRemembers()
    {
        test::TempWorkspace temp;
        MainWindow window(temp.workspace());
        window.show();
        auto *french = window.findChild<QAction *>(u"language-fr"_qs);
        auto *english = window.findChild<QAction *>(u"language-en"_qs);
        QVERIFY(french && english);
        QVERIFY(english->isChecked());
        QVERIFY(!french->isChecked());

        french->trigger();
        QCOMPARE(Language::current(), u"fr"_qs);
        QCOMPARE(QSettings().value(u"language"_qs).toString(), u"fr"_qs);
        QCOMPARE(LanguageController::startupLanguage(), u"fr"_qs);
        QTRY_VERIFY(french->isChecked());
        QVERIFY(!english->isChecked());
        // The Settings area shows the same choice.
        auto *settingsFrench = window.settingsArea()->findChild<QRadioButton *>(u"language-fr"_qs);
        auto *settingsEnglish = window.settingsArea()->findChild<QRadioButton *>(u"language-en"_qs);
        QVERIFY(settingsFrench && settingsEnglish);
        QTRY_VERIFY(settingsFrench->isChecked());

        // And switches back from there.
        window.showArea(Area::Settings);
        settingsEnglish->click();
        QCOMPARE(Language::current(), u"en"_qs);
        QCOMPARE(QSettings().value(u"language"_qs).toString(), u"en"_qs);
        QTRY_VERIFY(english->isChecked());
        QVERIFY(!french->isChecked());
    }

    void refreshShowsNewLists()
    {
        test::TempWorkspace temp;
        MainWindow window(temp.workspace());
        window.show();
        window.showArea(Area::Recipients);
        QCOMPARE(window.recipientsArea()->model()->rowCount(), 0);

        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO recipient_list (name, created_at, updated_at) VALUES ('Clients', 0, 0)"_qs);
        }).waitForFinished();
        auto *refresh = window.findChild<QAction *>(u"refresh"_qs);
        QVERIFY(refresh);
        refresh->trigger();
        QCOMPARE(window.recipientsArea()->model()->rowCount(), 1);
        QVERIFY(window.recipientsArea()->pane()->message().isEmpty());
    }

    void screenshotOfEveryView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_qs, u"fr"_qs}) {
            for (Area area : Navigation::areas()) {
                const QString view = Navigation::viewName(area);
                QTest::addRow("%s-%s", qPrintable(view), qPrintable(language)) << view << language;
            }
        }
    }

    void screenshotOfEveryView()
    {
        QFETCH(QString, view);
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"shot.png"_qs);
        const test::ProcessResult run = runGui({u"--workspace"_qs, dir.filePath(u"shot.diffusion"_qs),
                                                u"--screenshot"_qs, png, u"--lang"_qs, language,
                                                u"--view"_qs, view});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QVERIFY(image.width() > 0);
        QVERIFY(image.height() > 0);
    }

    void unknownViewIsAUsageError()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"shot.png"_qs);
        const test::ProcessResult run = runGui({u"--workspace"_qs, dir.filePath(u"shot.diffusion"_qs),
                                                u"--screenshot"_qs, png, u"--lang"_qs, u"en"_qs,
                                                u"--view"_qs, u"charts"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Unknown view \"charts\""), run.err.constData());
        QVERIFY(run.err.contains("mx-rules"));
        QVERIFY(!QFile::exists(png));
    }

    void newerWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.diffusion"_qs);
        Workspace::open(path, Workspace::OpenMode::CreateIfMissing).reset();
        QSqlDatabase db = openConnection(path, ConnectionMode::ReadWrite);
        execute(db, u"PRAGMA user_version = 9999"_qs);
        closeConnection(db);

        const QString png = dir.filePath(u"shot.png"_qs);
        const test::ProcessResult run = runGui({u"--workspace"_qs, path, u"--screenshot"_qs, png, u"--lang"_qs, u"en"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("newer version of Diffusion"), run.err.constData());
        QVERIFY(!QFile::exists(png));
    }

private:
    QTemporaryDir m_config;

    // The Delivery menu acts on the selected delivery through the workspace, and the table follows
    // what the engine writes in the file, whichever process that is.
    void deliveryMenuAndLiveTable()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO delivery (id, label, state, created_at, updated_at) VALUES (7, 'Spring', 55, 0, 0)"_qs);
            execute(db, u"INSERT INTO delivery_kpi (delivery_id, taken_into_account) VALUES (7, 10)"_qs);
        }).waitForFinished();
        MainWindow window(temp.workspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(Area::Deliveries);
        TableArea *area = window.deliveriesArea();
        QTRY_COMPARE(area->model()->rowCount(), 1);
        QVERIFY(!window.deliveryMenu()->pauseAction()->isEnabled()); // nothing selected
        area->pane()->table()->setCurrentIndex(area->model()->index(0, 0));
        QVERIFY(window.deliveryMenu()->pauseAction()->isEnabled());

        window.deliveryMenu()->pauseAction()->trigger();
        ReadConnection reader(temp.path());
        QCOMPARE(queryValue(reader.db(), u"SELECT state FROM delivery WHERE id = 7"_qs).toInt(), 75); // no engine runs: at once
        QTRY_COMPARE(area->model()->index(0, DeliveryModel::State).data().toString(), u"Paused"_qs);

        // Another writer moves the KPIs: the table shows them within about a second.
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"UPDATE delivery_kpi SET taken_into_account = 4, sent = 6 WHERE delivery_id = 7"_qs);
        }).waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(area->model()->index(0, DeliveryModel::Sent).data().toString(), u"6"_qs, 3000);

        window.deliveryMenu()->stopAction()->trigger();
        QCOMPARE(queryValue(reader.db(), u"SELECT state FROM delivery WHERE id = 7"_qs).toInt(), 85);
        window.deliveryMenu()->resumeAction()->trigger(); // a stopped delivery stays stopped
        QCOMPARE(queryValue(reader.db(), u"SELECT state FROM delivery WHERE id = 7"_qs).toInt(), 85);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
