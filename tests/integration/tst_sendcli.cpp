// `diffusion-cli send` end to end into Postfix's smtp-sink, and what survives a stop or a crash:
// SIGTERM or kill -9 in the middle of a send, then send again: every message ends Sent, none is
// lost, duplicates stay within the in-flight window, the file is intact.
#include "process.h"
#include "analysisrun.h"
#include "smtpsink.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace diffusion;

namespace {

constexpr int recipients = 20000;
constexpr int inFlightWindow = 4000; // Engine::Options::maxInFlight

// Each recipient's deliveries in the sink's capture.
QHash<QByteArray, int> deliveriesPerRecipient(const test::SmtpSink &sink)
{
    QHash<QByteArray, int> counts;
    for (const QByteArray &message : sink.messages()) {
        const qsizetype at = message.indexOf("\nTo: <");
        if (at >= 0)
            ++counts[message.mid(at + 6, message.indexOf('>', at) - at - 6)];
    }
    return counts;
}

} // namespace

class TestSendCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A workspace with `recipients` recipients, everything routed to the sink; returns the delivery id.
    QString prepare(const QString &workspace, const test::SmtpSink &sink)
    {
        if (test::runCli({u"init"_qs, u"--workspace"_qs, workspace}).exitCode != 0)
            return {};
        QFile csv(m_dir.filePath(u"targets.csv"_qs));
        if (!csv.exists()) {
            csv.open(QIODevice::WriteOnly);
            csv.write("email,first name\n");
            for (int i = 0; i < recipients; ++i)
                csv.write(QByteArray("user") + QByteArray::number(i) + "@d" + QByteArray::number(i % 9) + ".test,F" + QByteArray::number(i) + "\n");
            csv.close();
            QFile body(m_dir.filePath(u"body.txt"_qs));
            body.open(QIODevice::WriteOnly);
            body.write("Hello {{firstName}}\n");
        }
        test::runCli({u"import"_qs, u"--workspace"_qs, workspace, u"--list"_qs, u"t"_qs, csv.fileName()});
        test::runCli({u"route"_qs, u"set"_qs, u"--workspace"_qs, workspace, u"*"_qs,
                      u"127.0.0.1:%1"_qs.arg(sink.port()), u"--tls"_qs, u"disabled"_qs});
        const test::ProcessResult created = test::runCli({u"delivery"_qs, u"create"_qs, u"--workspace"_qs, workspace,
                                                          u"--list"_qs, u"t"_qs, u"--from"_qs, u"news@sender.test"_qs,
                                                          u"--subject"_qs, u"Hi {{firstName}}"_qs, u"--text"_qs, m_dir.filePath(u"body.txt"_qs)});
        const QString id = QString::fromUtf8(created.out).trimmed();
        test::analyzeWithCli(workspace, id.toLongLong());
        return id;
    }

    // Starts a send, waits until the sink has `received` messages (0: not at all), then sends the signal.
    void interrupt(const QString &workspace, const QString &id, const test::SmtpSink &sink, int signal, int received)
    {
        QProcess send;
        send.start(QStringLiteral(DIFFUSION_CLI_PATH), {u"send"_qs, u"--workspace"_qs, workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY(send.waitForStarted());
        if (received > 0)
            QVERIFY(sink.waitForMessages(received, 60000));
        ::kill(pid_t(send.processId()), signal);
        QVERIFY(send.waitForFinished(60000));
        if (signal == SIGTERM) {
            QCOMPARE(send.exitStatus(), QProcess::NormalExit);
            QCOMPARE(send.exitCode(), 0);
        } else {
            QCOMPARE(send.exitStatus(), QProcess::CrashExit);
        }
    }

    void resumeAndCheck(const QString &workspace, const QString &id, const test::SmtpSink &sink)
    {
        QVERIFY(test::sqliteValue(workspace, u"SELECT count(*) FROM broadlog WHERE status = 2"_qs).toInt() < recipients);
        const test::ProcessResult resumed = test::runCli({u"send"_qs, u"--workspace"_qs, workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(test::sqliteValue(workspace, u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QCOMPARE(test::sqliteValue(workspace, u"SELECT status || ':' || count(*) FROM broadlog GROUP BY status"_qs), u"2:%1"_qs.arg(recipients));
        QCOMPARE(test::sqliteValue(workspace, u"SELECT state FROM delivery"_qs), u"95"_qs);
        // Nothing is Sent without a 250 on record.
        QCOMPARE(test::sqliteValue(workspace, u"SELECT count(*) FROM broadlog WHERE status = 2 AND last_reply NOT LIKE '250 %'"_qs), u"0"_qs);
        QVERIFY(sink.waitForMessages(recipients));
        const QHash<QByteArray, int> counts = deliveriesPerRecipient(sink);
        QCOMPARE(counts.size(), recipients); // none lost
        int duplicates = 0;
        for (int count : counts)
            duplicates += count - 1;
        qInfo("duplicates after the interruption: %d", duplicates);
        QVERIFY(duplicates <= inFlightWindow); // at-least-once, bounded by what was in flight
    }

private Q_SLOTS:
    void sendNeedsConfirm()
    {
        const test::ProcessResult result = test::runCli({u"send"_qs, u"--workspace"_qs, m_dir.filePath(u"none"_qs), u"1"_qs});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--confirm"));
    }

    void sendsADeliveryToTheEnd()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString workspace = m_dir.filePath(u"whole.diffusion"_qs);
        const QString id = prepare(workspace, sink);
        QVERIFY(!id.isEmpty());
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(sent.out.contains("20,000 / 20,000 done: 20,000 sent"));
        QCOMPARE(test::sqliteValue(workspace, u"SELECT count(*) FROM broadlog WHERE status = 2"_qs).toInt(), recipients);
        QVERIFY(sink.waitForMessages(recipients));
        QCOMPARE(sink.messageCount(), recipients);
        // A second send has nothing left to do and sends nothing.
        QCOMPARE(test::runCli({u"send"_qs, u"--workspace"_qs, workspace, id, u"--confirm"_qs, u"--wait"_qs}).exitCode, 0);
        QCOMPARE(sink.messageCount(), recipients);
    }

    // A failure while starting (here the delivery cannot be marked In progress) ends the command with an error.
    void aDeliveryThatCannotStartFails()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString workspace = m_dir.filePath(u"refusing.diffusion"_qs);
        const QString id = prepare(workspace, sink);
        QVERIFY(!id.isEmpty());
        test::sqliteValue(workspace, u"CREATE TRIGGER refuse BEFORE UPDATE OF state ON delivery WHEN NEW.state = 55 "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_qs);
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QCOMPARE(sent.exitCode, 1);
        QVERIFY2(sent.err.contains("refused by the test"), sent.err.constData());
        QCOMPARE(sink.messageCount(), 0);
    }

    void sigtermThenResume()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString workspace = m_dir.filePath(u"term.diffusion"_qs);
        const QString id = prepare(workspace, sink);
        interrupt(workspace, id, sink, SIGTERM, recipients / 4);
        QCOMPARE(test::sqliteValue(workspace, u"SELECT state FROM delivery"_qs), u"55"_qs); // still in progress
        resumeAndCheck(workspace, id, sink);
    }

    // kill -9 at several moments: while starting (the log being written), early, midway, later.
    void killThenResume_data()
    {
        QTest::addColumn<int>("received");
        QTest::newRow("while starting") << 0;
        QTest::newRow("after the first messages") << 50;
        QTest::newRow("midway") << recipients / 2;
        // Not later: the sink's count is a listing of its folder, and a fast send could end
        // before the kill.
        QTest::newRow("three fifths") << recipients * 3 / 5;
    }

    void killThenResume()
    {
        QFETCH(int, received);
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString workspace = m_dir.filePath(u"kill%1.diffusion"_qs.arg(received));
        const QString id = prepare(workspace, sink);
        interrupt(workspace, id, sink, SIGKILL, received);
        resumeAndCheck(workspace, id, sink);
    }
};

QTEST_GUILESS_MAIN(TestSendCli)
#include "tst_sendcli.moc"
