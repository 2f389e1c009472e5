// inMail in the console: the Bounce mailbox settings (checked before saving, the password kept
// out of the workspace), the job that visits the mailbox off the GUI thread, and the Inbound mail
// area that lists what arrived — on a real delivery sent to smtp-sink, whose bounces come back
// into a Maildir — with its filter, search and details, in both languages.
#include "bouncemail.h"
#include "deliveryfixture.h"
#include "engine/engine.h"
#include "enginerun.h"
#include "i18n/language.h"
#include "inmail/inmailactions.h"
#include "inmail/inmailjob.h"
#include "inmail/inmailmodel.h"
#include "mainwindow.h"
#include "process.h"
#include "settings/consolepasswords.h"
#include "settings/inmailsection.h"
#include "settingsarea.h"
#include "smtpsink.h"
#include "store/connection.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "tempworkspace.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace diffusion;
using namespace diffusion::ui;
using diffusion::test::child;

namespace {

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

QString statusOf(QWidget *section)
{
    return child<QLabel>(section, u"status"_qs)->text();
}

QString inMailSettings(const QString &workspace)
{
    return test::sqliteValue(workspace, u"SELECT group_concat(key || '=' || value, ' ') FROM "
                                        "(SELECT * FROM setting WHERE key LIKE 'inmail.%' ORDER BY key)"_qs);
}

void writeMessage(const QString &maildir, const QString &name, const QByteArray &message)
{
    for (const QString &folder : {u"new"_qs, u"cur"_qs, u"tmp"_qs})
        QVERIFY(QDir().mkpath(maildir + u'/' + folder));
    QFile file(maildir + u"/new/"_qs + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(message);
}

qsizetype messagesIn(const QString &maildir)
{
    return QDir(maildir + u"/new"_qs).entryList(QDir::Files).size() + QDir(maildir + u"/cur"_qs).entryList(QDir::Files).size();
}

// A column's texts, sorted, so that rows read at the same second compare whatever their order.
QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    texts.sort();
    return texts;
}

// French for the strings of this screen while the .ts files do not have them yet; once they do,
// Diffusion's own catalogue answers first. The checks compare with what Qt translates either way.
class FrenchForTest final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> french{
            {"Read at", u"Lu le"_qs},
            {"Unmatched", u"Sans correspondance"_qs},
            {"No bounce mailbox", u"Aucune boîte des retours"_qs},
            {"Bounce mailbox", u"Boîte des retours"_qs},
            {"Inbound mail", u"Courrier entrant"_qs},
        };
        return Language::current() == u"fr"_qs ? french.value(source) : QString();
    }
};

} // namespace

class TestInMailConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain may answer: the session bus points nowhere, as on a headless machine.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/diffusion-test-bus");
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_FULL_SESSION");
        qunsetenv("DIFFUSION_INMAIL_PASSWORD");
        QVERIFY(Language::install(u"en"_qs));
    }

    void wrongSettingsAreRefused()
    {
        test::TempWorkspace temp;
        InMailSection section(temp.workspace(), nullptr);
        auto *kind = child<QComboBox>(&section, u"inMailKind"_qs);
        auto *location = child<QLineEdit>(&section, u"inMailLocation"_qs);
        auto *locationError = child<QLabel>(&section, u"inMailLocationError"_qs);
        auto *save = child<QPushButton>(&section, u"save"_qs);
        QVERIFY(!location->isEnabled()); // no mailbox yet

        choose(kind, u"imap"_qs);
        QVERIFY(location->isEnabled());
        QVERIFY(child<QLineEdit>(&section, u"inMailPassword"_qs)->isEnabled());
        QVERIFY(location->placeholderText().startsWith(u"imaps://"_qs));
        location->setText(u"http://mail.example.com/INBOX"_qs);
        save->click();
        QVERIFY2(locationError->text().contains(u"imaps://"_qs), qPrintable(locationError->text()));

        location->setText(u"imaps://bounces:secret@mail.example.com/INBOX"_qs);
        save->click();
        QVERIFY2(locationError->text().startsWith(u"Remove the password"_qs), qPrintable(locationError->text()));

        choose(kind, u"pop3"_qs);
        location->setText(u"pop3s://bounces@mail.example.com:995"_qs);
        choose(child<QComboBox>(&section, u"inMailAfter"_qs), u"move"_qs);
        save->click();
        QVERIFY(locationError->text().isEmpty());
        QVERIFY(child<QLabel>(&section, u"inMailMoveToError"_qs)->text().contains(u"POP3"_qs));

        choose(kind, u"maildir"_qs);
        QVERIFY(!child<QLineEdit>(&section, u"inMailPassword"_qs)->isEnabled());
        location->clear();
        save->click();
        QVERIFY(!locationError->text().isEmpty());

        // Nothing went to the writer: a job queued after the clicks finds no setting.
        temp.writer().submit([](QSqlDatabase &) {}).waitForFinished();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM setting WHERE key LIKE 'inmail.%'"_qs), u"0"_qs);
        QVERIFY(statusOf(&section).isEmpty());
    }

    void maildirIsSavedAndRemoved()
    {
        test::TempWorkspace temp;
        InMailSection section(temp.workspace(), nullptr);
        QSignalSpy saved(&section, &InMailSection::saved);
        const QString maildir = temp.filePath(u"bounces"_qs);
        choose(child<QComboBox>(&section, u"inMailKind"_qs), u"maildir"_qs);
        child<QLineEdit>(&section, u"inMailLocation"_qs)->setText(maildir);
        auto *moveTo = child<QLineEdit>(&section, u"inMailMoveTo"_qs);
        QVERIFY(!moveTo->isEnabled());
        choose(child<QComboBox>(&section, u"inMailAfter"_qs), u"move"_qs);
        QVERIFY(moveTo->isEnabled());
        moveTo->setText(u"Done"_qs);
        auto *period = child<QSpinBox>(&section, u"inMailPeriod"_qs);
        QCOMPARE(period->value(), 5);
        period->setValue(10);
        child<QSpinBox>(&section, u"inMailMaxMessages"_qs)->setValue(50);
        child<QPushButton>(&section, u"save"_qs)->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(statusOf(&section), u"Saved."_qs);
        QCOMPARE(inMailSettings(temp.path()), u"inmail.after=move inmail.kind=maildir inmail.location=%1 inmail.max_messages=50 "
                                              "inmail.move_to=Done inmail.period_s=600"_qs.arg(maildir));

        // Another section reads them back; the job follows them.
        InMailSection again(temp.workspace(), nullptr);
        QCOMPARE(child<QComboBox>(&again, u"inMailKind"_qs)->currentData().toString(), u"maildir"_qs);
        QCOMPARE(child<QLineEdit>(&again, u"inMailLocation"_qs)->text(), maildir);
        QCOMPARE(child<QLineEdit>(&again, u"inMailMoveTo"_qs)->text(), u"Done"_qs);
        QCOMPARE(child<QSpinBox>(&again, u"inMailPeriod"_qs)->value(), 10);
        QCOMPARE(child<QSpinBox>(&again, u"inMailMaxMessages"_qs)->value(), 50);
        InMailJob job(temp.workspace(), {}, nullptr);
        job.reschedule();
        QVERIFY(job.isScheduled());

        // No mailbox: the kind goes, and the job stops.
        choose(child<QComboBox>(&section, u"inMailKind"_qs), QString());
        child<QPushButton>(&section, u"save"_qs)->click();
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM setting WHERE key = 'inmail.kind'"_qs), u"0"_qs);
        job.reschedule();
        QVERIFY(!job.isScheduled());
    }

    void serverPasswordStaysOutOfTheWorkspace()
    {
        test::TempWorkspace temp;
        InMailSection section(temp.workspace(), nullptr);
        QSignalSpy saved(&section, &InMailSection::saved);
        choose(child<QComboBox>(&section, u"inMailKind"_qs), u"imap"_qs);
        child<QLineEdit>(&section, u"inMailLocation"_qs)->setText(u"imaps://bounces@mail.example.com:993/INBOX"_qs);
        const QString password = u"S3cret-Bounce-Passw0rd"_qs;
        child<QLineEdit>(&section, u"inMailPassword"_qs)->setText(password);
        child<QPushButton>(&section, u"save"_qs)->click();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(inMailSettings(temp.path()).contains(u"inmail.location=imaps://bounces@mail.example.com:993/INBOX"_qs));
        // The keychain cannot be reached here: the section says so, and the password is nowhere.
        const QString keychainStatus = child<QLabel>(&section, u"inMailPasswordStatus"_qs)->text();
        QVERIFY2(keychainStatus.contains(u"not kept"_qs), qPrintable(keychainStatus));
        QVERIFY(child<QLineEdit>(&section, u"inMailPassword"_qs)->text().isEmpty());
        temp.close();
        for (const QString &file : QStringList{temp.path(), temp.path() + u"-wal"_qs}) {
            QFile bytes(file);
            if (bytes.open(QIODevice::ReadOnly))
                QVERIFY(!bytes.readAll().contains(password.toUtf8()));
        }
    }

    void readNowListsWhatArrived()
    {
        // A real delivery, with VERP, to smtp-sink; then its bounce mailbox receives a DSN about
        // user0 (by its VERP address), one about a stranger, and a newsletter.
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs}, 2);
        const QString path = fixture.temp().path();
        fixture.route(u"*"_qs, sink.host(), sink.port());
        fixture.writer().submit([id = fixture.deliveryId()](QSqlDatabase &db) {
            execute(db, u"UPDATE delivery SET verp = 1, envelope_sender = 'bounces@sender.test' WHERE id = %1"_qs.arg(id));
        }).waitForFinished();
        {
            Engine engine(path, fixture.writer(), test::fastEngineOptions());
            QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        }
        QCOMPARE(fixture.statusCounts(), u"2:2"_qs);
        const QString maildir = fixture.temp().filePath(u"bounces"_qs);
        test::DsnOptions verp;
        verp.recipient = u"user0@a.test"_qs;
        verp.envelopeTo = u"bounces+%1@sender.test"_qs.arg(test::sqliteValue(path, u"SELECT id FROM broadlog WHERE address = 'user0@a.test'"_qs));
        writeMessage(maildir, u"1.verp"_qs, test::dsn(verp));
        test::DsnOptions stranger;
        stranger.recipient = u"someone@elsewhere.test"_qs;
        stranger.envelopeTo = u"bounces@sender.test"_qs;
        writeMessage(maildir, u"2.stranger"_qs, test::dsn(stranger));
        writeMessage(maildir, u"3.newsletter"_qs, test::newsletter());

        MainWindow window(fixture.workspace());
        window.show();
        // The mailbox is set in the settings; saving reschedules the window's job.
        auto *section = window.settingsArea()->findChild<InMailSection *>();
        QVERIFY(section);
        QSignalSpy saved(section, &InMailSection::saved);
        choose(child<QComboBox>(section, u"inMailKind"_qs), u"maildir"_qs);
        child<QLineEdit>(section, u"inMailLocation"_qs)->setText(maildir);
        child<QPushButton>(section, u"save"_qs)->click();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(window.inMailJob()->isScheduled());

        window.showArea(Navigation::Area::InMail);
        TableArea *area = window.inMailArea();
        SqlTableModel *model = area->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(area->pane()->message().startsWith(u"Nothing was read from the bounce mailbox yet."_qs));

        QSignalSpy visited(window.inMailJob(), &InMailJob::visited);
        auto *lastVisit = child<QLabel>(window.inMailActions(), u"inMailLastVisit"_qs);
        child<QPushButton>(window.inMailActions(), u"inMailReadNow"_qs)->click();
        QCOMPARE(lastVisit->text(), u"Reading the bounce mailbox…"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(visited.count(), 1, 30000);
        const QString summary = visited.at(0).at(0).toString();
        QVERIFY2(!visited.at(0).at(1).toBool(), qPrintable(summary));
        // "(s)" until diffusion_en.ts has the English plurals of the counts.
        const QRegularExpression counts(u"3 message.*, 1 bounce.* applied, 0 complaint.*, 0 auto-repl.*, 1 unmatched, "
                                        "1 not a bounce, 0 already read\\.$"_qs);
        QVERIFY2(counts.match(summary).hasMatch(), qPrintable(summary));
        QCOMPARE(lastVisit->text(), summary);
        QCOMPARE(window.statusBar()->currentMessage(), summary);

        // The area shows them at once; the bounce reached its message; the mailbox is empty.
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(area->pane()->message().isEmpty());
        QCOMPARE(columnTexts(model, InMailModel::Outcome), QStringList({u"Applied"_qs, u"Not a bounce"_qs, u"Unmatched"_qs}));
        QCOMPARE(columnTexts(model, InMailModel::Kind),
                 QStringList({u"DSN"_qs, u"DSN"_qs, u"Not a bounce"_qs}));
        QCOMPARE(columnTexts(model, InMailModel::Recipients), QStringList({QString(), u"someone@elsewhere.test"_qs, u"user0@a.test"_qs}));
        QCOMPARE(columnTexts(model, InMailModel::Statuses), QStringList({QString(), u"5.1.1"_qs, u"5.1.1"_qs}));
        QVERIFY(!model->index(0, InMailModel::ReadAt).data().toString().isEmpty());
        QCOMPARE(test::sqliteValue(path, u"SELECT status FROM broadlog WHERE address = 'user0@a.test'"_qs), u"3"_qs);
        QCOMPARE(messagesIn(maildir), 0);

        // The outcome filter and the search, alone and together.
        auto *outcome = child<QComboBox>(window.inMailActions(), u"inMailOutcomeFilter"_qs);
        auto *search = child<QLineEdit>(window.inMailActions(), u"inMailSearch"_qs);
        choose(outcome, u"unmatched"_qs);
        QCOMPARE(columnTexts(model, InMailModel::Recipients), QStringList{u"someone@elsewhere.test"_qs});
        choose(outcome, u"not_bounce"_qs);
        QCOMPARE(columnTexts(model, InMailModel::Subject), QStringList{u"Our spring sale"_qs});
        choose(outcome, u"applied"_qs);
        QCOMPARE(columnTexts(model, InMailModel::Recipients), QStringList{u"user0@a.test"_qs});
        search->setText(u"ELSEWHERE"_qs);
        QCOMPARE(model->rowCount(), 0);
        choose(outcome, QString());
        QCOMPARE(columnTexts(model, InMailModel::Recipients), QStringList{u"someone@elsewhere.test"_qs});
        search->setText(u"undelivered mail"_qs); // the subject of both DSNs
        QCOMPARE(model->rowCount(), 2);
        search->setText(u"shop.example"_qs); // the newsletter's sender
        QCOMPARE(columnTexts(model, InMailModel::From), QStringList{u"news@shop.example"_qs});
        for (const QString &odd : {u"it's"_qs, u"' OR 1=1 --"_qs, u"%"_qs}) {
            search->setText(odd);
            QCOMPARE(model->rowCount(), 0);
            QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        }
        search->clear();
        QCOMPARE(model->rowCount(), 3);

        // The unmatched message, with the message itself, kept for the operator.
        choose(outcome, u"unmatched"_qs);
        TableView *table = area->pane()->table();
        table->setCurrentIndex(model->index(0, 0));
        auto *showMessage = child<QPushButton>(window.inMailActions(), u"inMailShowMessage"_qs);
        QVERIFY(showMessage->isEnabled());
        QDialog *dialog = window.inMailActions()->showCurrentMessage();
        QVERIFY(dialog);
        QVERIFY(child<QPlainTextEdit>(dialog, u"inMailMessageRaw"_qs)->toPlainText().contains(u"Final-Recipient: rfc822; someone@elsewhere.test"_qs));
        auto *recipients = child<QTreeWidget>(dialog, u"inMailMessageRecipients"_qs);
        QCOMPARE(recipients->topLevelItemCount(), 1);
        QCOMPARE(recipients->topLevelItem(0)->text(0), u"someone@elsewhere.test"_qs);
        QCOMPARE(recipients->topLevelItem(0)->text(5), u"Nothing: unmatched"_qs);
        dialog->close();
    }

    void aServerWithoutPasswordFailsWithASentence()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('inmail.kind', 'pop3'), "
                        "('inmail.location', 'pop3s://bounces@127.0.0.1:1')"_qs);
        }).waitForFinished();
        // Nobody to give it; then the console's own way: no keychain, no variable, no window.
        const QList<InMailJob::PasswordFor> ways{[](const MailboxSpec &) { return std::optional<QString>(); },
                                                 inMailPasswordFor(temp.path(), nullptr)};
        for (const InMailJob::PasswordFor &passwordFor : ways) {
            InMailJob job(temp.workspace(), passwordFor, nullptr);
            job.reschedule();
            QVERIFY(job.isScheduled());
            QSignalSpy visited(&job, &InMailJob::visited);
            job.readNow();
            QTRY_COMPARE(visited.count(), 1);
            QVERIFY(visited.at(0).at(1).toBool());
            const QString summary = visited.at(0).at(0).toString();
            QVERIFY2(summary.contains(u"The password of pop3s://bounces@127.0.0.1:1 is not known"_qs), qPrintable(summary));
            QVERIFY(job.lastFailed());
            QCOMPARE(job.lastSummary(), summary);
        }
    }

    void oneVisitAtATime()
    {
        test::TempWorkspace temp;
        InMailJob *job = nullptr;
        int asked = 0;
        // The password is asked for in the GUI thread; a tick of the timer while the operator
        // answers must not start a second visit.
        InMailJob visits(temp.workspace(), [&job, &asked](const MailboxSpec &) {
            ++asked;
            job->readNow();
            return std::optional<QString>(u"pw"_qs);
        }, nullptr);
        job = &visits;
        // A server that takes the connection and never answers: the visit lasts until it hangs up
        // (made after the job, so that a failing test hangs up before the job waits for its visit).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy started(job, &InMailJob::visitStarted);
        QSignalSpy visited(job, &InMailJob::visited);
        QSignalSpy status(job, &InMailJob::statusMessage);

        // Without a mailbox there is nothing to schedule, and a visit says what to do.
        job->reschedule();
        QVERIFY(!job->isScheduled());
        job->readNow();
        QCOMPARE(visited.count(), 1);
        QVERIFY(visited.at(0).at(1).toBool());
        QVERIFY2(visited.at(0).at(0).toString().contains(u"No bounce mailbox is set. Choose it in Settings, Bounce mailbox."_qs),
                 qPrintable(visited.at(0).at(0).toString()));
        QVERIFY(!job->isVisiting());

        temp.writer().submit([port = silent.serverPort()](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('inmail.kind', 'imap'), "
                        "('inmail.location', 'imaps://bounces@127.0.0.1:%1/INBOX')"_qs.arg(port));
        }).waitForFinished();
        job->readNow();
        QCOMPARE(asked, 1);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(u"being read already"_qs));
        QTRY_VERIFY(silent.hasPendingConnections());
        QVERIFY(job->isVisiting());
        job->readNow(); // while the worker waits for the server
        QCOMPARE(status.count(), 2);
        QCOMPARE(started.count(), 2);
        QCOMPARE(visited.count(), 1);

        silent.nextPendingConnection()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(visited.count(), 2, 20000);
        QVERIFY(visited.at(1).at(1).toBool());
        QVERIFY(!job->isVisiting());
        QCOMPARE(asked, 1);
    }

    void switchesLanguageLive()
    {
        FrenchForTest french;
        QCoreApplication::installTranslator(&french);
        const auto restore = qScopeGuard([&french] {
            Language::install(u"en"_qs);
            QCoreApplication::removeTranslator(&french);
        });
        test::TempWorkspace temp;
        MainWindow window(temp.workspace());
        window.show();
        window.showArea(Navigation::Area::InMail);
        SqlTableModel *model = window.inMailArea()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
        auto *outcome = child<QComboBox>(window.inMailActions(), u"inMailOutcomeFilter"_qs);
        auto *kind = child<QComboBox>(window.settingsArea(), u"inMailKind"_qs);
        auto *tabs = child<QTabWidget>(window.settingsArea(), u"settingsTabs"_qs);
        const int inMailTab = tabs->indexOf(window.settingsArea()->findChild<InMailSection *>());
        QCOMPARE(tabs->tabText(inMailTab - 1), u"Quarantine"_qs);
        QCOMPARE(tabs->tabText(inMailTab), u"Bounce mailbox"_qs);
        QCOMPARE(model->headerData(InMailModel::ReadAt, Qt::Horizontal).toString(), u"Read at"_qs);
        QCOMPARE(outcome->itemText(1), u"Unmatched"_qs);
        QCOMPARE(kind->itemText(0), u"No bounce mailbox"_qs);

        QVERIFY(Language::install(u"fr"_qs));
        QTRY_VERIFY(headers.count() > 0);
        const auto inFrench = [](const char *context, const char *source) { return QCoreApplication::translate(context, source); };
        QCOMPARE(model->headerData(InMailModel::ReadAt, Qt::Horizontal).toString(), inFrench("diffusion::ui::InMailModel", "Read at"));
        QTRY_COMPARE(outcome->itemText(1), inFrench("diffusion::ui::InMailActions", "Unmatched"));
        QCOMPARE(kind->itemText(0), inFrench("diffusion::ui::InMailSection", "No bounce mailbox"));
        QCOMPARE(tabs->tabText(inMailTab), inFrench("diffusion::ui::SettingsArea", "Bounce mailbox"));
        QCOMPARE(window.navigation()->item(int(Navigation::areas().indexOf(Navigation::Area::InMail)))->text(),
                 inFrench("diffusion::ui::Navigation", "Inbound mail"));
        QVERIFY(outcome->itemText(1) != u"Unmatched"_qs);
        QVERIFY(model->headerData(InMailModel::ReadAt, Qt::Horizontal).toString() != u"Read at"_qs);

        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(outcome->itemText(1), u"Unmatched"_qs);
        QCOMPARE(kind->itemText(0), u"No bounce mailbox"_qs);
        QCOMPARE(model->headerData(InMailModel::ReadAt, Qt::Horizontal).toString(), u"Read at"_qs);
    }
};

QTEST_MAIN(TestInMailConsole)
#include "tst_inmailconsole.moc"
