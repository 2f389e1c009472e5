#include "dkim/dkimkey.h"
#include "dkimverifier.h"
#include "languagecontroller.h"
#include "process.h"
#include "settings/consolepasswords.h"
#include "settings/relaycredentials.h"
#include "settingsarea.h"
#include "tempworkspace.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QtTest>

using namespace diffusion;
using namespace diffusion::ui;
using diffusion::test::child;

namespace {

// Every byte of the workspace on disk: the file and its write-ahead log.
QByteArray workspaceBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + u"-wal"_qs}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

QString statusOf(QWidget *section)
{
    return child<QLabel>(section, u"status"_qs)->text();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No keychain may answer: the session bus points nowhere, as on a headless machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diffusion-test-bus");
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_FULL_SESSION");
    }

    void relayIsSavedWithoutItsPassword()
    {
        test::TempWorkspace temp;
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *sending = child<QWidget>(&area, u"sendingSection"_qs);
        QAbstractItemModelTester tester(child<QTableWidget>(sending, u"domainRoutes"_qs)->model());
        QVERIFY(child<QRadioButton>(sending, u"directDelivery"_qs)->isChecked());

        child<QRadioButton>(sending, u"relayDelivery"_qs)->setChecked(true);
        child<QPlainTextEdit>(sending, u"relayHosts"_qs)->setPlainText(u"relay1.example.net:587\n\nrelay2.example.net:2525"_qs);
        child<QComboBox>(sending, u"tlsPolicy"_qs)->setCurrentIndex(2); // required
        child<QLineEdit>(sending, u"authUser"_qs)->setText(u"mailer"_qs);
        const QString password = u"S3cret-Relay-Passw0rd"_qs;
        child<QLineEdit>(sending, u"password"_qs)->setText(password);
        child<QPushButton>(sending, u"save"_qs)->click();
        QTRY_VERIFY(!statusOf(sending).isEmpty());
        QVERIFY2(!child<QLabel>(sending, u"status"_qs)->property("isError").toBool(), qPrintable(statusOf(sending)));

        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(host || ':' || port || ':' || tls_policy || ':' || auth_user, ' ') "
                                                 "FROM (SELECT * FROM route WHERE domain = '*' ORDER BY position)"_qs),
                 u"relay1.example.net:587:required:mailer relay2.example.net:2525:required:mailer"_qs);
        // The keychain cannot be reached here: the section says so, and the password is nowhere.
        const QString keychainStatus = child<QLabel>(sending, u"passwordStatus"_qs)->text();
        QVERIFY2(keychainStatus.contains(u"not kept"_qs), qPrintable(keychainStatus));
        QVERIFY(child<QLineEdit>(sending, u"password"_qs)->text().isEmpty());
        temp.close();
        QVERIFY(!workspaceBytes(temp.path()).contains(password.toUtf8()));
    }

    void keychainUnavailableIsReported()
    {
        test::TempWorkspace temp;
        const RelayCredentials credentials(temp.path(), 3000);
        const RelayCredentials::Result stored = credentials.store(u"*"_qs, u"mailer"_qs, u"pw"_qs);
        QVERIFY(stored.outcome == RelayCredentials::Outcome::NoKeychain || stored.outcome == RelayCredentials::Outcome::Failed);
        QVERIFY(!stored.message.isEmpty());
        RelayCredentials::Result loaded;
        QVERIFY(!credentials.load(u"*"_qs, u"mailer"_qs, &loaded));
        QVERIFY(loaded.outcome != RelayCredentials::Outcome::Done);
        QVERIFY(credentials.keyFor(u"*"_qs, u"mailer"_qs).startsWith(QFileInfo(temp.path()).absoluteFilePath()));
    }

    // The engine asks for a relay password from its own thread, after the console used the
    // keychain in the GUI thread: QtKeychain's jobs must not cross threads (it crashed).
    void passwordAskedFromAnotherThread()
    {
        test::TempWorkspace temp;
        RelayCredentials::Result first;
        QVERIFY(!RelayCredentials(temp.path(), 3000).load(u"*"_qs, u"mailer"_qs, &first));
        const auto passwordFor = consolePasswordFor(temp.path(), nullptr);
        std::optional<QString> found = u"not asked"_qs;
        std::unique_ptr<QThread> engine(QThread::create([&] { found = passwordFor(Route{u"*"_qs, {}, TlsPolicy::Required, u"mailer"_qs}); }));
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->isFinished(), 20000);
        QVERIFY(!found.has_value()); // no keychain, no variable, no window to ask in
    }

    void relayNeedsValidHosts()
    {
        test::TempWorkspace temp;
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *sending = child<QWidget>(&area, u"sendingSection"_qs);
        child<QRadioButton>(sending, u"relayDelivery"_qs)->setChecked(true);
        child<QPlainTextEdit>(sending, u"relayHosts"_qs)->setPlainText(u"relay.example.net:99999"_qs);
        child<QPushButton>(sending, u"save"_qs)->click();
        QVERIFY(child<QLabel>(sending, u"relayHostsError"_qs)->text().contains(u"relay.example.net:99999"_qs));
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM route"_qs), u"0"_qs);
    }

    void domainRoutesAreAddedChangedAndRemoved()
    {
        test::TempWorkspace temp;
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        area.show();
        QWidget *sending = child<QWidget>(&area, u"sendingSection"_qs);
        auto *routes = child<QTableWidget>(sending, u"domainRoutes"_qs);
        QAbstractItemModelTester tester(routes->model());
        QVERIFY(!child<QPushButton>(sending, u"removeRoute"_qs)->isEnabled());

        child<QPushButton>(sending, u"addRoute"_qs)->click();
        auto *dialog = child<QDialog>(sending, u"routeDialog"_qs);
        auto *save = child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Save);
        child<QLineEdit>(dialog, u"routeDomain"_qs)->setText(u"*"_qs); // the relay has its own box
        child<QPlainTextEdit>(dialog, u"relayHosts"_qs)->setPlainText(u"mx.example.net:2525"_qs);
        save->click();
        QVERIFY(!child<QLabel>(dialog, u"routeDomainError"_qs)->text().isEmpty());
        child<QLineEdit>(dialog, u"routeDomain"_qs)->setText(u"Bücher.Example"_qs);
        child<QComboBox>(dialog, u"tlsPolicy"_qs)->setCurrentIndex(0); // never
        child<QLineEdit>(dialog, u"authUser"_qs)->setText(u"mailer"_qs);
        save->click();
        QVERIFY(!child<QLabel>(dialog, u"tlsPolicyError"_qs)->text().isEmpty()); // no sign-in in clear
        child<QLineEdit>(dialog, u"authUser"_qs)->clear();
        save->click();
        const QString stored = u"SELECT group_concat(domain || ' ' || host || ':' || port || ' ' || tls_policy, ', ') "
                               "FROM (SELECT * FROM route ORDER BY domain, position)"_qs;
        QTRY_COMPARE(test::sqliteValue(temp.path(), stored), u"xn--bcher-kva.example mx.example.net:2525 disabled"_qs);
        QTRY_COMPARE(routes->rowCount(), 1);

        // Changed: a second host, tried after the first.
        routes->selectRow(0);
        child<QPushButton>(sending, u"editRoute"_qs)->click();
        dialog = nullptr;
        for (auto *open : sending->findChildren<QDialog *>(u"routeDialog"_qs)) {
            if (open->isVisible())
                dialog = open;
        }
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, u"routeDomain"_qs)->isReadOnly());
        QCOMPARE(child<QPlainTextEdit>(dialog, u"relayHosts"_qs)->toPlainText(), u"mx.example.net:2525"_qs);
        child<QPlainTextEdit>(dialog, u"relayHosts"_qs)->setPlainText(u"mx.example.net:2525\nbackup.example.net:25"_qs);
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(test::sqliteValue(temp.path(), stored),
                     u"xn--bcher-kva.example mx.example.net:2525 disabled, xn--bcher-kva.example backup.example.net:25 disabled"_qs);

        // Removed, after the question.
        QTRY_COMPARE(routes->rowCount(), 1);
        routes->selectRow(0);
        QString asked;
        test::answerNextQuestion(QMessageBox::Yes, &asked);
        child<QPushButton>(sending, u"removeRoute"_qs)->click();
        QVERIFY(asked.contains(u"xn--bcher-kva.example"_qs));
        QTRY_COMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM route"_qs), u"0"_qs);
        QTRY_COMPARE(routes->rowCount(), 0);
    }

    void dkimImportShowsTheRecord()
    {
        test::TempWorkspace temp;
        const QString keyPath = test::opensslKey(temp.filePath(u"dkim.pem"_qs), test::ed25519KeyArguments());
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *dkim = child<QWidget>(&area, u"dkimSection"_qs);
        auto *keys = child<QTableWidget>(dkim, u"dkimKeys"_qs);
        QAbstractItemModelTester tester(keys->model());
        child<QLineEdit>(dkim, u"dkimDomain"_qs)->setText(u"Example.ORG"_qs);
        child<QLineEdit>(dkim, u"dkimSelector"_qs)->setText(u"s2024"_qs);
        child<QLineEdit>(dkim, u"dkimKeyPath"_qs)->setText(keyPath);
        child<QPushButton>(dkim, u"save"_qs)->click();
        QTRY_COMPARE(keys->rowCount(), 1);

        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT domain || ' ' || selector || ' ' || algorithm || ' ' || key_path FROM dkim_key"_qs),
                 u"example.org s2024 ed25519-sha256 "_qs + QFileInfo(keyPath).absoluteFilePath());
        const QString record = child<QPlainTextEdit>(dkim, u"dkimRecord"_qs)->toPlainText();
        QCOMPARE(record.toLatin1(), DkimKey::fromFile(keyPath).dnsRecord());
        QCOMPARE(record.toLatin1(), test::dkimRecordOf(keyPath)); // and as openssl sees the key
        QVERIFY(child<QLabel>(dkim, u"dkimRecordName"_qs)->text().contains(u"s2024._domainkey.example.org"_qs));
        QVERIFY(child<QPushButton>(dkim, u"dkimCopy"_qs)->isEnabled());

        // Removed after the question; the key file stays.
        QString asked;
        test::answerNextQuestion(QMessageBox::Yes, &asked);
        child<QPushButton>(dkim, u"dkimRemove"_qs)->click();
        QVERIFY(asked.contains(u"s2024"_qs));
        QTRY_COMPARE(keys->rowCount(), 0);
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM dkim_key"_qs), u"0"_qs);
        QVERIFY(QFile::exists(keyPath));
        QVERIFY(!child<QPushButton>(dkim, u"dkimRemove"_qs)->isEnabled());
    }

    void dkimRefusesAFileThatIsNoKey()
    {
        test::TempWorkspace temp;
        QFile notKey(temp.filePath(u"note.pem"_qs));
        QVERIFY(notKey.open(QIODevice::WriteOnly));
        notKey.write("not a key\n");
        notKey.close();
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *dkim = child<QWidget>(&area, u"dkimSection"_qs);
        child<QLineEdit>(dkim, u"dkimDomain"_qs)->setText(u"example.org"_qs);
        child<QLineEdit>(dkim, u"dkimSelector"_qs)->setText(u"s1"_qs);
        child<QLineEdit>(dkim, u"dkimKeyPath"_qs)->setText(notKey.fileName());
        child<QPushButton>(dkim, u"save"_qs)->click();
        QVERIFY(child<QLabel>(dkim, u"dkimKeyPathError"_qs)->text().contains(u"note.pem"_qs));
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM dkim_key"_qs), u"0"_qs);
    }

    void invalidRetryValuesAreNotSaved()
    {
        test::TempWorkspace temp;
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *retry = child<QWidget>(&area, u"retrySection"_qs);
        child<QLineEdit>(retry, u"firstDelay"_qs)->setText(u"600"_qs);
        child<QLineEdit>(retry, u"jitterPercent"_qs)->setText(u"75"_qs);
        child<QPushButton>(retry, u"save"_qs)->click();
        QTRY_VERIFY(!child<QLabel>(retry, u"jitterPercentError"_qs)->text().isEmpty());
        QVERIFY(child<QLabel>(retry, u"jitterPercentError"_qs)->text().contains(u"retry.jitter_percent"_qs));
        QVERIFY(child<QLabel>(retry, u"firstDelayError"_qs)->text().isEmpty());
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM setting WHERE key LIKE 'retry.%'"_qs), u"0"_qs);

        child<QLineEdit>(retry, u"jitterPercent"_qs)->setText(u"25"_qs);
        child<QPushButton>(retry, u"save"_qs)->click();
        QTRY_VERIFY(child<QLabel>(retry, u"jitterPercentError"_qs)->text().isEmpty()
                    && !child<QLabel>(retry, u"status"_qs)->property("isError").toBool());
        QTRY_COMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(key || '=' || value, ' ') FROM "
                                                     "(SELECT * FROM setting WHERE key LIKE 'retry.%' ORDER BY key)"_qs),
                     u"retry.first_delay_s=600 retry.jitter_percent=25"_qs);
    }

    void quarantineThresholdIsSaved()
    {
        test::TempWorkspace temp;
        LanguageController languages(nullptr);
        SettingsArea area(temp.workspace(), &languages, nullptr);
        QWidget *quarantine = child<QWidget>(&area, u"quarantineSection"_qs);
        auto *threshold = child<QLineEdit>(quarantine, u"quarantineThreshold"_qs);
        threshold->setText(u"0"_qs);
        child<QPushButton>(quarantine, u"save"_qs)->click();
        QTRY_VERIFY(!child<QLabel>(quarantine, u"quarantineThresholdError"_qs)->text().isEmpty());
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM setting WHERE key = 'quarantine.threshold'"_qs), u"0"_qs);

        threshold->setText(u"3"_qs);
        child<QPushButton>(quarantine, u"save"_qs)->click();
        QTRY_COMPARE(test::sqliteValue(temp.path(), u"SELECT value FROM setting WHERE key = 'quarantine.threshold'"_qs), u"3"_qs);
        QVERIFY(child<QLabel>(quarantine, u"quarantineThresholdError"_qs)->text().isEmpty());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
