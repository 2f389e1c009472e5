// One engine per workspace: `diffusion-cli engine` holds the lock, a second engine is refused,
// `send` hands its delivery over instead of sending it twice, and pause, resume and stop reach the
// running engine through the workspace. The built-in relay answers each message 40 ms late, over
// one connection, so that a delivery lasts long enough to be paused.
#include "process.h"
#include "analysisrun.h"
#include "relayprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace diffusion;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestEngineCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<test::RelayProcess> m_relay;
    QProcess m_engine;

    QString cli(const QStringList &arguments, int expectedExit = 0)
    {
        const test::ProcessResult result = test::runCli(arguments);
        if (result.exitCode != expectedExit)
            qWarning("%s exited with %d: %s", qPrintable(arguments.join(u' ')), result.exitCode, result.err.constData());
        return QString::fromUtf8(result.out).trimmed();
    }

    QString newDelivery(int recipients)
    {
        static int lists = 0;
        const QString list = u"list%1"_qs.arg(++lists);
        QByteArray csv = "email\n";
        for (int i = 0; i < recipients; ++i)
            csv += list.toUtf8() + "-user" + QByteArray::number(i) + "@ok.test\n";
        cli({u"import"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, list, writeFile(m_dir.filePath(list + u".csv"_qs), csv)});
        const QString id = cli({u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, list, u"--from"_qs,
                                u"news@sender.test"_qs, u"--subject"_qs, u"Hi"_qs, u"--text"_qs,
                                writeFile(m_dir.filePath(u"body.txt"_qs), "Hello\n")});
        test::analyzeWithCli(m_workspace, id.toLongLong());
        return id;
    }

    QString value(const QString &sql) { return test::sqliteValue(m_workspace, sql); }

    // Messages the relay accepted for a list, counted from its log.
    int accepted(const QString &list)
    {
        QSet<QString> recipients;
        int messages = 0;
        for (const QJsonObject &event : m_relay->events()) {
            if (event[u"event"_qs].toString() != u"transaction"_qs || event[u"code"_qs].toInt() != 250)
                continue;
            for (const QJsonValue &to : event[u"to"_qs].toArray()) {
                if (to.toString().startsWith(list + u'-')) {
                    ++messages;
                    recipients.insert(to.toString());
                }
            }
        }
        return messages == recipients.size() ? messages : -1; // -1: a recipient got two messages
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString profile = writeFile(m_dir.filePath(u"slow.json"_qs),
                                          R"({"rules": [], "faults": [{"fault": "delay", "phase": "dot", "ms": 40}]})");
        m_relay = std::make_unique<test::RelayProcess>(QStringList{u"--profile"_qs, profile});
        QVERIFY2(m_relay->start(), qPrintable(m_relay->errorString()));
        m_workspace = m_dir.filePath(u"ws.diffusion"_qs);
        cli({u"init"_qs, u"--workspace"_qs, m_workspace});
        cli({u"route"_qs, u"set"_qs, u"--workspace"_qs, m_workspace, u"*"_qs, u"127.0.0.1:%1"_qs.arg(m_relay->port()),
             u"--tls"_qs, u"disabled"_qs});
        value(u"INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour, "
              "connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy) "
              "VALUES (0, '127.0.0.1', 1, 100000, 0, 30, 300, 600, 'disabled')"_qs);

        m_engine.start(QStringLiteral(DIFFUSION_CLI_PATH), {u"engine"_qs, u"--workspace"_qs, m_workspace});
        QVERIFY(m_engine.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += m_engine.readAllStandardOutput()).contains("The engine runs"),
                                  m_engine.readAllStandardError().constData(), 10000);
    }

    void aSecondEngineIsRefused()
    {
        const test::ProcessResult second = test::runCli({u"engine"_qs, u"--workspace"_qs, m_workspace});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QByteArray::number(m_engine.processId())), second.err.constData());
    }

    void sendHandsTheDeliveryToTheRunningEngine()
    {
        const QString id = newDelivery(40);
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, m_workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(sent.out.contains(QByteArray::number(m_engine.processId())));
        QCOMPARE(value(u"SELECT state FROM delivery WHERE id = "_qs + id), u"95"_qs);
        QCOMPARE(value(u"SELECT count(*) FROM broadlog WHERE status = 2 AND delivery_id = "_qs + id), u"40"_qs);
        QTRY_COMPARE(accepted(u"list1"_qs), 40); // every message once: only one process sent
    }

    void pauseResumeAndStopReachTheEngine()
    {
        const QString id = newDelivery(400);
        cli({u"send"_qs, u"--workspace"_qs, m_workspace, id, u"--confirm"_qs});
        const QString sent = u"SELECT count(*) FROM broadlog WHERE status = 2 AND delivery_id = "_qs + id;
        QTRY_VERIFY_WITH_TIMEOUT(value(sent).toInt() >= 10, 20000);

        cli({u"delivery"_qs, u"pause"_qs, u"--workspace"_qs, m_workspace, id});
        QTRY_COMPARE_WITH_TIMEOUT(value(u"SELECT state FROM delivery WHERE id = "_qs + id), u"75"_qs, 1500);
        // Paused: what was in the connection finishes and is recorded (a few messages, within
        // the 100 ms between writes), then nothing more is sent. Checking an absence takes
        // waiting: two seconds, once.
        QTest::qWait(1000);
        const int whilePaused = value(sent).toInt();
        QTest::qWait(1000);
        QCOMPARE(value(sent).toInt(), whilePaused);
        QVERIFY(whilePaused < 400);

        cli({u"delivery"_qs, u"resume"_qs, u"--workspace"_qs, m_workspace, id});
        QTRY_VERIFY_WITH_TIMEOUT(value(sent).toInt() > whilePaused, 5000);

        cli({u"delivery"_qs, u"stop"_qs, u"--workspace"_qs, m_workspace, id});
        QTRY_COMPARE_WITH_TIMEOUT(value(u"SELECT state FROM delivery WHERE id = "_qs + id), u"85"_qs, 5000);
        const int finallySent = value(sent).toInt();
        QVERIFY(finallySent < 400);
        // Every message ends in one final status: sent, or canceled by the stop.
        QCOMPARE(value(u"SELECT group_concat(status || ':' || n, ' ') FROM (SELECT status, count(*) AS n FROM broadlog "
                       "WHERE delivery_id = "_qs + id + u" GROUP BY status)"_qs),
                 u"2:%1 5:%2"_qs.arg(finallySent).arg(400 - finallySent));
        QTRY_COMPARE(accepted(u"list2"_qs), finallySent);
        // A stopped delivery stays stopped.
        QCOMPARE(test::runCli({u"delivery"_qs, u"resume"_qs, u"--workspace"_qs, m_workspace, id}).exitCode, 1);
    }

    void aDeliveryThatCannotStartFailsWithItsReason()
    {
        const QString id = newDelivery(2);
        value(u"CREATE TRIGGER refuse BEFORE UPDATE OF state ON delivery WHEN NEW.id = %1 AND NEW.state = 55 "
              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_qs.arg(id));
        cli({u"send"_qs, u"--workspace"_qs, m_workspace, id, u"--confirm"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(value(u"SELECT state FROM delivery WHERE id = "_qs + id), u"87"_qs, 5000);
        QVERIFY(value(u"SELECT message FROM event_log WHERE severity = 'error' AND delivery_id = "_qs + id).contains(u"refused by the test"_qs));
        value(u"DROP TRIGGER refuse"_qs);
    }

    void sigtermEndsTheEngine()
    {
        ::kill(pid_t(m_engine.processId()), SIGTERM);
        QVERIFY(m_engine.waitForFinished(10000));
        QCOMPARE(m_engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_engine.exitCode(), 0);
        // The lock is free again: requests now apply at once.
        const QString id = newDelivery(3);
        QVERIFY(cli({u"delivery"_qs, u"stop"_qs, u"--workspace"_qs, m_workspace, id}).contains(u"no engine"_qs));
        QCOMPARE(value(u"SELECT state FROM delivery WHERE id = "_qs + id), u"85"_qs);
    }
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_enginecli.moc"
