// `diffusion-cli status` and `logs` after a real send to the built-in relay (default profile:
// *.invalid hard-bounces, mailbox-full.test soft-bounces, the rest is accepted). The numbers they
// print are checked against what the sqlite3 program counts in the same file.
#include "process.h"
#include "analysisrun.h"
#include "relayprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

class TestStatusCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_delivery;
    test::RelayProcess m_relay;

    QJsonDocument runJson(const QStringList &arguments)
    {
        const test::ProcessResult result = test::runCli(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(error.errorString()));
        return document;
    }

    QString count(const QString &where)
    {
        return test::sqliteValue(m_workspace, u"SELECT count(*) FROM broadlog WHERE "_qs + where);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_relay.start(), qPrintable(m_relay.errorString()));
        m_workspace = m_dir.filePath(u"ws.diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        QFile csv(m_dir.filePath(u"list.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first name\n");
        for (int i = 0; i < 30; ++i)
            csv.write("ok" + QByteArray::number(i) + "@ok.test,A\n");
        for (int i = 0; i < 7; ++i)
            csv.write("gone" + QByteArray::number(i) + "@nowhere.invalid,B\n");
        for (int i = 0; i < 5; ++i)
            csv.write("full" + QByteArray::number(i) + "@mailbox-full.test,C\n");
        csv.write("not an address,D\n");
        csv.close();
        QCOMPARE(test::runCli({u"import"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, u"l"_qs, csv.fileName()}).exitCode, 0);
        QFile body(m_dir.filePath(u"body.txt"_qs));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Hello {{firstName}}\n");
        body.close();
        const test::ProcessResult created = test::runCli({u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, u"l"_qs,
                                                          u"--from"_qs, u"news@sender.test"_qs, u"--subject"_qs, u"Hi"_qs,
                                                          u"--text"_qs, body.fileName()});
        QCOMPARE(created.exitCode, 0);
        m_delivery = QString::fromUtf8(created.out).trimmed();
        QCOMPARE(test::runCli({u"route"_qs, u"set"_qs, u"--workspace"_qs, m_workspace, u"*"_qs,
                               u"127.0.0.1:%1"_qs.arg(m_relay.port()), u"--tls"_qs, u"disabled"_qs}).exitCode, 0);
        QCOMPARE(test::analyzeWithCli(m_workspace, m_delivery.toLongLong()), 0);
        // Without --wait: it returns after the first pass, the soft bounces wait for their retry.
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--confirm"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
    }

    void statusJsonMatchesTheLog()
    {
        const QJsonObject status = runJson({u"status"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--json"_qs}).object();
        QCOMPARE(QString::number(status[u"sent"_qs].toInteger()), count(u"status = 2"_qs));
        QCOMPARE(QString::number(status[u"failed"_qs].toInteger()), count(u"status = 3"_qs));
        QCOMPARE(QString::number(status[u"ignored"_qs].toInteger()), count(u"status = 4"_qs));
        QCOMPARE(QString::number(status[u"takenIntoAccount"_qs].toInteger()), count(u"status = 1"_qs));
        QCOMPARE(QString::number(status[u"hardBounces"_qs].toInteger()), count(u"status = 3 AND failure_type = 2"_qs));
        QCOMPARE(QString::number(status[u"softBounces"_qs].toInteger()), count(u"failure_type = 1 AND status IN (1, 3)"_qs));
        QCOMPARE(QString::number(status[u"toDeliver"_qs].toInteger()), count(u"status <> 4"_qs));
        // What the relay's profile says, seen through the KPIs.
        QCOMPARE(status[u"sent"_qs].toInteger(), 30);
        QCOMPARE(status[u"hardBounces"_qs].toInteger(), 7);
        QCOMPARE(status[u"softBounces"_qs].toInteger(), 5);
        QCOMPARE(status[u"reasons"_qs].toObject()[u"user_unknown"_qs].toInteger(), 7);
        QCOMPARE(status[u"reasons"_qs].toObject()[u"mailbox_full"_qs].toInteger(), 5);
        QCOMPARE(status[u"reasons"_qs].toObject()[u"bad_quality_address"_qs].toInteger(), 1);
        const double expectedRate = 100.0 * 30 / count(u"status <> 4"_qs).toDouble();
        QVERIFY(qAbs(status[u"successRate"_qs].toDouble() - expectedRate) < 0.01);
        const QJsonObject ok = status[u"domains"_qs].toObject()[u"ok.test"_qs].toObject();
        QCOMPARE(ok[u"sent"_qs].toInteger(), 30);
        QCOMPARE(status[u"domains"_qs].toObject()[u"nowhere.invalid"_qs].toObject()[u"failed"_qs].toInteger(), 7);
        qint64 outcomes = 0;
        for (const QJsonValue &minute : status[u"throughput"_qs].toArray())
            outcomes += minute[u"sent"_qs].toInteger() + minute[u"failed"_qs].toInteger() + minute[u"deferred"_qs].toInteger();
        QCOMPARE(outcomes, 30 + 7 + 5);
    }

    void humanStatusIsReadable()
    {
        const test::ProcessResult result = test::runCli({u"status"_qs, u"--workspace"_qs, m_workspace, m_delivery});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Sent"));
        QVERIFY(result.out.contains("User unknown"));
        QVERIFY(result.out.contains("ok.test"));
    }

    void logsJsonHasOneObjectPerMessage()
    {
        const QJsonArray all = runJson({u"logs"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--json"_qs}).array();
        QCOMPARE(QString::number(all.size()), count(u"1"_qs));
        const QJsonArray soft = runJson({u"logs"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--json"_qs,
                                         u"--status"_qs, u"taken_into_account"_qs}).array();
        QCOMPARE(soft.size(), 5);
        for (const QJsonValue &message : soft) {
            QVERIFY(message[u"recipient"_qs].toString().endsWith(u"@mailbox-full.test"_qs));
            QCOMPARE(message[u"status"_qs].toString(), u"taken_into_account"_qs);
            QCOMPARE(message[u"type"_qs].toString(), u"soft"_qs);
            QCOMPARE(message[u"reason"_qs].toString(), u"mailbox_full"_qs);
            QCOMPARE(message[u"retries"_qs].toInt(), 1);
            QVERIFY(message[u"lastReply"_qs].toString().startsWith(u"452"_qs));
            QCOMPARE(message[u"mx"_qs].toString(), u"127.0.0.1"_qs);
            QVERIFY(QDateTime::fromString(message[u"updatedAt"_qs].toString(), Qt::ISODate).isValid());
        }
        const QJsonArray sent = runJson({u"logs"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--json"_qs,
                                         u"--status"_qs, u"sent"_qs}).array();
        QCOMPARE(sent.size(), 30);
        QVERIFY(sent.at(0)[u"type"_qs].isNull());
        QVERIFY(sent.at(0)[u"reason"_qs].isNull());
    }

    void badInputIsASentence()
    {
        const test::ProcessResult unknown = test::runCli({u"status"_qs, u"--workspace"_qs, m_workspace, u"999"_qs});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("999"));
        const test::ProcessResult badStatus = test::runCli({u"logs"_qs, u"--workspace"_qs, m_workspace, m_delivery, u"--status"_qs, u"lost"_qs});
        QCOMPARE(badStatus.exitCode, 2);
        QVERIFY(badStatus.err.contains("lost"));
    }
};

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_statuscli.moc"
