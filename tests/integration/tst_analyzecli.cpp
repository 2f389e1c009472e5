// `diffusion-cli analyze`, the confirmation gate of `send`, `delivery edit`, and proofs sent to
// the built-in relay (default profile: *.invalid hard-bounces, the rest is accepted). The
// workspace is read back with the sqlite3 program.
#include "analysisrun.h"
#include "process.h"
#include "relayprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace diffusion;

class TestAnalyzeCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_delivery;
    test::RelayProcess m_relay{{u"--maildir"_qs, m_dir.filePath(u"maildir"_qs)}};

    QString value(const QString &sql) { return test::sqliteValue(m_workspace, sql); }

    test::ProcessResult cli(QStringList arguments)
    {
        return test::runCli(arguments << u"--workspace"_qs << m_workspace);
    }

    QStringList receivedSubjects()
    {
        QStringList subjects;
        QDirIterator files(m_dir.filePath(u"maildir"_qs), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("Subject: "))
                    subjects.append(QString::fromUtf8(line.mid(9).trimmed()));
            }
        }
        subjects.sort();
        return subjects;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_relay.start(), qPrintable(m_relay.errorString()));
        m_workspace = m_dir.filePath(u"ws.diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        QFile csv(m_dir.filePath(u"list.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first name\nann@ok.test,Ann\nbob@ok.test,Bob\nANN@ok.test,Ann again\nbad@,Bad\n");
        csv.close();
        QCOMPARE(cli({u"import"_qs, u"--list"_qs, u"l"_qs, csv.fileName()}).exitCode, 0);
        QFile body(m_dir.filePath(u"body.txt"_qs));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Hello {{firstName}}\nUnsubscribe: {{unsubscribeUrl}}\n");
        body.close();
        const test::ProcessResult created = cli({u"delivery"_qs, u"create"_qs, u"--list"_qs, u"l"_qs, u"--from"_qs, u"news@sender.test"_qs,
                                                 u"--subject"_qs, u"Hi {{firstName}}"_qs, u"--text"_qs, body.fileName(),
                                                 u"--unsubscribe-url"_qs, u"https://sender.test/u/{{messageId}}"_qs});
        QCOMPARE(created.exitCode, 0);
        m_delivery = QString::fromUtf8(created.out).trimmed();
        QCOMPARE(cli({u"route"_qs, u"set"_qs, u"*"_qs, u"127.0.0.1:%1"_qs.arg(m_relay.port()), u"--tls"_qs, u"disabled"_qs}).exitCode, 0);
    }

    void sendRefusesWithoutAnAnalysis()
    {
        const test::ProcessResult sent = cli({u"send"_qs, m_delivery, u"--confirm"_qs});
        QCOMPARE(sent.exitCode, 1);
        QVERIFY2(sent.err.contains("has not been analyzed"), sent.err.constData());
        QCOMPARE(value(u"SELECT count(*) FROM broadlog"_qs), u"0"_qs);
    }

    void analyzePrintsWhatConfirmingWillDo()
    {
        const test::ProcessResult human = cli({u"analyze"_qs, m_delivery});
        QVERIFY2(human.exitCode == 0, human.err.constData());
        QVERIFY(human.out.contains("To deliver"));
        QVERIFY(human.out.contains("news@sender.test"));
        const test::ProcessResult json = cli({u"analyze"_qs, m_delivery, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(u"analysis"_qs).toInt(), 2);
        QCOMPARE(report.value(u"toDeliver"_qs).toInt(), 2);
        QCOMPARE(report.value(u"reasons"_qs).toObject().value(u"duplicate"_qs).toInt(), 1);
        QCOMPARE(report.value(u"reasons"_qs).toObject().value(u"bad_quality_address"_qs).toInt(), 1);
        QCOMPARE(report.value(u"confirmable"_qs).toBool(), true);
        QCOMPARE(report.value(u"state"_qs).toString(), u"pending_confirmation"_qs);
        QVERIFY(report.value(u"entries"_qs).toArray().size() >= 4);
        QCOMPARE(value(u"SELECT count(*) FROM analysis_log WHERE analysis_id = (SELECT analysis_id FROM delivery)"_qs),
                 QString::number(report.value(u"entries"_qs).toArray().size()));
    }

    void anEditNeedsAnotherAnalysis()
    {
        QCOMPARE(cli({u"delivery"_qs, u"edit"_qs, m_delivery, u"--subject"_qs, u"Hello {{firstName}}"_qs}).exitCode, 0);
        const test::ProcessResult refused = cli({u"send"_qs, m_delivery, u"--confirm"_qs});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("changed after its analysis #2"), refused.err.constData());
        QCOMPARE(value(u"SELECT state FROM delivery"_qs), u"0"_qs);
        // An error blocks it, and analyze says so with its exit code.
        QCOMPARE(cli({u"delivery"_qs, u"edit"_qs, m_delivery, u"--subject"_qs, u"Hello {{nickname}}"_qs}).exitCode, 0);
        const test::ProcessResult failed = cli({u"analyze"_qs, m_delivery});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.contains("nickname"));
        QVERIFY(cli({u"send"_qs, m_delivery, u"--confirm"_qs}).err.contains("found 1 error"));
        QCOMPARE(cli({u"delivery"_qs, u"edit"_qs, m_delivery, u"--subject"_qs, u"Hello {{firstName}}"_qs}).exitCode, 0);
        QCOMPARE(cli({u"analyze"_qs, m_delivery}).exitCode, 0);
    }

    void proofsGoToTestAddressesOnly()
    {
        QStringList many;
        for (int i = 0; i < 101; ++i)
            many.append(u"t%1@ok.test"_qs.arg(i));
        const test::ProcessResult tooMany = cli({u"proof"_qs, m_delivery, u"--to"_qs, many.join(u',')});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY2(tooMany.err.contains("at most 100"), tooMany.err.constData());

        // A quarantined test address still gets its proof, and a bounce does not quarantine.
        QCOMPARE(cli({u"quarantine"_qs, u"deny"_qs, u"tester@ok.test"_qs}).exitCode, 0);
        const QString quarantineBefore = value(u"SELECT group_concat(address || status) FROM quarantine"_qs);
        const test::ProcessResult proof = cli({u"proof"_qs, m_delivery, u"--to"_qs, u"tester@ok.test, gone@nowhere.invalid"_qs});
        QVERIFY2(proof.exitCode == 0, proof.err.constData());
        QVERIFY2(proof.out.contains("Proof #5"), proof.out.constData());
        QCOMPARE(receivedSubjects(), QStringList{u"Proof #5 - Hello Ann"_qs});
        QCOMPARE(value(u"SELECT group_concat(address || status) FROM quarantine"_qs), quarantineBefore);
        QCOMPARE(value(u"SELECT group_concat(status, ' ') FROM broadlog WHERE delivery_id = (SELECT id FROM delivery WHERE proof_of = %1)"_qs
                           .arg(m_delivery)), u"2 3"_qs);

        // The next proof takes the next number; both are in the delivery's audit log, and the
        // delivery's own analysis still holds.
        QCOMPARE(cli({u"proof"_qs, m_delivery, u"--to"_qs, u"tester@ok.test"_qs}).exitCode, 0);
        QCOMPARE(receivedSubjects(), (QStringList{u"Proof #5 - Hello Ann"_qs, u"Proof #6 - Hello Ann"_qs}));
        QCOMPARE(value(u"SELECT group_concat(json_extract(details, '$.number'), ' ') FROM event_log WHERE kind = 'proof' AND delivery_id = "_qs
                       + m_delivery), u"5 6"_qs);
        QCOMPARE(value(u"SELECT state FROM delivery WHERE id = "_qs + m_delivery), u"45"_qs);
        const test::ProcessResult sent = cli({u"send"_qs, m_delivery, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(value(u"SELECT count(*) FROM broadlog WHERE status = 2 AND delivery_id = "_qs + m_delivery), u"2"_qs);
    }

    void duplicateAndDelete()
    {
        const test::ProcessResult copied = cli({u"delivery"_qs, u"duplicate"_qs, m_delivery});
        QCOMPARE(copied.exitCode, 0);
        const QString copy = QString::fromUtf8(copied.out).trimmed();
        QCOMPARE(value(u"SELECT state || '|' || subject || '|' || (SELECT subject FROM delivery WHERE id = %1) FROM delivery WHERE id = %2"_qs
                           .arg(m_delivery, copy)),
                 u"0|Hello {{firstName}}|Hello {{firstName}}"_qs);
        value(u"UPDATE delivery SET state = 55 WHERE id = "_qs + copy);
        const test::ProcessResult refused = cli({u"delivery"_qs, u"delete"_qs, copy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Stop it before deleting it"), refused.err.constData());
        value(u"UPDATE delivery SET state = 85 WHERE id = "_qs + copy);
        QCOMPARE(cli({u"delivery"_qs, u"delete"_qs, copy}).exitCode, 0);
        QCOMPARE(value(u"SELECT count(*) FROM delivery WHERE id = "_qs + copy), u"0"_qs);
        // Deleting a delivery takes its log and proofs with it.
        QCOMPARE(cli({u"delivery"_qs, u"delete"_qs, m_delivery}).exitCode, 0);
        QCOMPARE(value(u"SELECT (SELECT count(*) FROM delivery) || ' ' || (SELECT count(*) FROM broadlog) || ' ' || (SELECT count(*) FROM analysis)"_qs),
                 u"0 0 0"_qs);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
