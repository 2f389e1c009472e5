// Importing a CSV file from the console: the dialog that asks what to import, the progress dialog
// that never blocks the GUI and whose Cancel really cancels, and the summary of the result.
#include "i18n/language.h"
#include "importdialog.h"
#include "importprogressdialog.h"
#include "importresultdialog.h"
#include "listsummarymodel.h"
#include "recipientsarea.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace diffusion;
using namespace diffusion::ui;

Q_DECLARE_METATYPE(diffusion::ImportResult)

namespace {

QString writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

QByteArray smallCsv()
{
    return "email,first_name,last_name\r\n"
           "ada@example.com,Ada,Lovelace\r\n"
           "alan@example.com,Alan,Turing\r\n"
           "grace@example.com,Grace,Hopper\r\n"
           ",No,Address\r\n"
           "not-an-address,Bad,Quality\r\n";
}

QByteArray bigCsv(int rows)
{
    QByteArray csv = "email,first_name,last_name\n";
    for (int i = 0; i < rows; ++i)
        csv += "recipient" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) + ",Last\n";
    return csv;
}

qint64 listCount(const QString &workspacePath, const QString &name)
{
    ReadConnection reader(workspacePath);
    return queryValue(reader.db(), u"SELECT count(*) FROM recipient_list WHERE name = '%1'"_qs.arg(name)).toLongLong();
}

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ImportResult>();
    }

    void init()
    {
        QVERIFY(Language::install(u"en"_qs));
    }

    void dialogAsksForFileAndList()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir.filePath(u"Spring customers.csv"_qs), smallCsv());
        ImportDialog dialog({u"Clients"_qs}, nullptr);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *replace = dialog.findChild<QCheckBox *>(u"replace"_qs);
        auto *outcome = dialog.findChild<QLabel *>(u"outcome"_qs);
        QVERIFY(ok && replace && outcome);
        QVERIFY(!ok->isEnabled());

        dialog.setFilePath(dir.filePath(u"missing.csv"_qs));
        QVERIFY(!ok->isEnabled());
        QVERIFY(outcome->text().startsWith(u"There is no file at"_qs));

        // A new list, named after the file.
        dialog.setListName({});
        dialog.setFilePath(csv);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.options().listName, u"Spring customers"_qs);
        QCOMPARE(dialog.options().filePath, csv);
        QVERIFY(!dialog.options().replace);
        QVERIFY(!replace->isEnabled());
        QCOMPARE(outcome->text(), u"A new list named “Spring customers” will be created."_qs);

        // An existing list: add to it, or replace its recipients.
        dialog.setListName(u"Clients"_qs);
        QVERIFY(replace->isEnabled());
        QVERIFY(!dialog.options().replace);
        replace->setChecked(true);
        QVERIFY(dialog.options().replace);
        QVERIFY(outcome->text().contains(u"will be replaced"_qs));

        dialog.setListName(u"  "_qs);
        QVERIFY(!ok->isEnabled());
    }

    void failureIsReportedAndLeavesNoList()
    {
        // A file that cannot be read fails whatever the importer's state.
        test::TempWorkspace temp;
        RecipientsArea area(temp.workspace(), nullptr);
        area.show();
        QSignalSpy status(&area, &RecipientsArea::statusMessage);
        ImportOptions options;
        options.filePath = temp.filePath(u"absent.csv"_qs);
        options.listName = u"Ghosts"_qs;
        area.startImport(options);
        QVERIFY(area.runningImport());
        QTRY_VERIFY(!area.runningImport());
        QTRY_VERIFY(area.findChild<QMessageBox *>(u"importFailure"_qs));
        auto *box = area.findChild<QMessageBox *>(u"importFailure"_qs);
        QVERIFY(!box->informativeText().isEmpty());
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(), u"The import failed."_qs);
        QCOMPARE(listCount(temp.path(), u"Ghosts"_qs), 0);
        QCOMPARE(area.model()->rowCount(), 0);
    }

    void importFillsTheListAndShowsTheSummary()
    {
        test::TempWorkspace temp;
        const QString csv = writeFile(temp.filePath(u"clients.csv"_qs), smallCsv());
        RecipientsArea area(temp.workspace(), nullptr);
        area.show();
        QAbstractItemModelTester tester(area.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(area.model()->rowCount(), 0);

        ImportOptions options;
        options.filePath = csv;
        options.listName = u"Clients"_qs;
        area.startImport(options);
        QTRY_VERIFY(!area.runningImport());

        QTRY_VERIFY(area.findChild<ImportResultDialog *>());
        auto *result = area.findChild<ImportResultDialog *>();
        QCOMPARE(result->findChild<QLabel *>(u"imported"_qs)->text(), u"5"_qs);
        QCOMPARE(result->findChild<QLabel *>(u"withoutAddress"_qs)->text(), u"1"_qs);
        QCOMPARE(result->findChild<QLabel *>(u"badQuality"_qs)->text(), u"1"_qs);
        QCOMPARE(result->findChild<QLabel *>(u"rejected"_qs)->text(), u"0"_qs);

        // The table was refreshed without asking.
        QCOMPARE(area.model()->rowCount(), 1);
        QCOMPARE(area.model()->data(area.model()->index(0, ListSummaryModel::Name)).toString(), u"Clients"_qs);
        QCOMPARE(area.model()->data(area.model()->index(0, ListSummaryModel::Usable)).toString(), u"3"_qs);
    }

    void cancelReallyCancels()
    {
        test::TempWorkspace temp;
        const QString csv = writeFile(temp.filePath(u"big.csv"_qs), bigCsv(50000));

        // Hold the writer so that the import cannot start before Cancel is pressed: the GUI
        // must go on meanwhile, which start() returning already shows.
        QSemaphore gate;
        QFuture<void> blocker = temp.writer().submit([&gate](QSqlDatabase &) { gate.acquire(); });

        ImportOptions options;
        options.filePath = csv;
        options.listName = u"Big"_qs;
        auto *dialog = new ImportProgressDialog(temp.writer(), options, nullptr);
        QSignalSpy succeeded(dialog, &ImportProgressDialog::succeeded);
        QSignalSpy failed(dialog, &ImportProgressDialog::failed);
        QSignalSpy canceled(dialog, &ImportProgressDialog::canceled);
        dialog->show();
        dialog->start();
        QVERIFY(dialog->isRunning());
        auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        QVERIFY(dialog->isVisible()); // it stays until the job has really stopped
        gate.release();
        blocker.waitForFinished();

        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() + canceled.count() == 1, 30000);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->isVisible());
        QCOMPARE(listCount(temp.path(), u"Big"_qs), 0);
        delete dialog;
    }

    void progressFollowsTheFile()
    {
        test::TempWorkspace temp;
        const QString csv = writeFile(temp.filePath(u"big.csv"_qs), bigCsv(50000));
        ImportOptions options;
        options.filePath = csv;
        options.listName = u"Big"_qs;
        ImportProgressDialog dialog(temp.writer(), options, nullptr);
        QSignalSpy succeeded(&dialog, &ImportProgressDialog::succeeded);
        dialog.show();
        dialog.start();
        QVERIFY(succeeded.wait(60000));
        const auto result = succeeded.first().first().value<ImportResult>();
        QCOMPARE(result.imported, 50000);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"progress"_qs)->value(), 1000);
    }

    void summaryListsRejectedRowsWithTheirLines()
    {
        ImportResult result;
        result.imported = 12345;
        result.addressNotSpecified = 2;
        result.badQuality = 3;
        result.rejected = 2;
        result.issues = {{4, u"The row has 5 fields; the header has 3."_qs},
                         {1207, u"A quoted field is not closed."_qs}};
        ImportResultDialog dialog(u"Clients"_qs, result, nullptr);
        QCOMPARE(dialog.findChild<QLabel *>(u"imported"_qs)->text(), u"12,345"_qs);
        QCOMPARE(dialog.findChild<QLabel *>(u"withoutAddress"_qs)->text(), u"2"_qs);
        QCOMPARE(dialog.findChild<QLabel *>(u"badQuality"_qs)->text(), u"3"_qs);
        QCOMPARE(dialog.findChild<QLabel *>(u"rejected"_qs)->text(), u"2"_qs);
        auto *issues = dialog.findChild<QTreeWidget *>(u"issues"_qs);
        QCOMPARE(issues->topLevelItemCount(), 2);
        QCOMPARE(issues->topLevelItem(0)->text(0), u"4"_qs);
        QCOMPARE(issues->topLevelItem(1)->text(0), u"1,207"_qs);
        QCOMPARE(issues->topLevelItem(1)->text(1), u"A quoted field is not closed."_qs);

        // Numbers follow the language.
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(dialog.findChild<QLabel *>(u"imported"_qs)->text(),
                     QLocale(QLocale::French, QLocale::France).toString(12345));
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
