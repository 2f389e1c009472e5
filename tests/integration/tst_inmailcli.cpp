// inMail on a local Maildir, through `diffusion-cli inmail`: a delivery is really sent (engine →
// smtp-sink, VERP on), then the bounce mailbox receives, about those very messages, DSNs (matched
// by the VERP address, by the returned Message-ID, by the address alone), a complaint, an
// auto-reply, a bounce about a stranger and a newsletter. The workspace is checked with sqlite3.
#include "bouncemail.h"
#include "deliveryfixture.h"
#include "engine/engine.h"
#include "enginerun.h"
#include "process.h"
#include "smtpsink.h"
#include "store/connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace diffusion;

class TestInMailCli final : public QObject
{
    Q_OBJECT

    QString m_workspace;
    QHash<QString, QByteArray> m_sent; // address → the message as smtp-sink received it
    QHash<QString, QString> m_ids;     // address → broadlog id

    static QByteArray withoutSinkLines(const QByteArray &captured)
    {
        // smtp-sink puts its own X-… and Received lines first; the message starts after them.
        QList<QByteArray> lines = captured.split('\n');
        while (!lines.isEmpty() && (lines.first().startsWith("X-") || lines.first().startsWith("Received:")
                                    || lines.first().startsWith("\t") || lines.first().startsWith(" ")))
            lines.removeFirst();
        return lines.join('\n');
    }

    static void write(const QString &maildir, const QString &name, const QByteArray &message)
    {
        QDir().mkpath(maildir + u"/new"_qs);
        QDir().mkpath(maildir + u"/cur"_qs);
        QDir().mkpath(maildir + u"/tmp"_qs);
        QFile file(maildir + u"/new/"_qs + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(message);
    }

    QString sql(const QString &query) const { return test::sqliteValue(m_workspace, query); }

    // Seven messages for the bounce mailbox, about the messages sent to user0..user4.
    QHash<QString, QByteArray> mailbox() const
    {
        const auto headers = [this](int user) { return test::headersOf(m_sent.value(u"user%1@a.test"_qs.arg(user))); };
        QHash<QString, QByteArray> files;
        test::DsnOptions verp;
        verp.recipient = u"user0@a.test"_qs;
        verp.envelopeTo = u"bounces+%1@sender.test"_qs.arg(m_ids.value(verp.recipient));
        files[u"1.verp"_qs] = test::dsn(verp);
        test::DsnOptions byMessageId;
        byMessageId.recipient = u"user1@a.test"_qs;
        byMessageId.envelopeTo = u"bounces@sender.test"_qs;
        byMessageId.returnedHeaders = headers(1);
        files[u"2.messageid"_qs] = test::dsn(byMessageId);
        test::DsnOptions delayed;
        delayed.recipient = u"user2@a.test"_qs;
        delayed.envelopeTo = u"bounces@sender.test"_qs;
        delayed.action = u"delayed"_qs;
        delayed.status = u"4.2.2"_qs;
        delayed.diagnostic = u"smtp; 452 4.2.2 <%1>: Mailbox full"_qs;
        files[u"3.delayed"_qs] = test::dsn(delayed);
        files[u"4.arf"_qs] = test::arfComplaint(u"user3@a.test"_qs, m_sent.value(u"user3@a.test"_qs));
        files[u"5.autoreply"_qs] = test::autoReply(u"user4@a.test"_qs, test::headerValue(m_sent.value(u"user4@a.test"_qs), "Message-ID"));
        test::DsnOptions stranger;
        stranger.recipient = u"someone@elsewhere.test"_qs;
        stranger.envelopeTo = u"bounces@sender.test"_qs;
        files[u"6.stranger"_qs] = test::dsn(stranger);
        files[u"7.newsletter"_qs] = test::newsletter();
        return files;
    }

private Q_SLOTS:
    void bouncesReachTheirMessages()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs}, 6);
        m_workspace = fixture.temp().path();
        fixture.route(u"*"_qs, sink.host(), sink.port());
        fixture.writer().submit([id = fixture.deliveryId()](QSqlDatabase &db) {
            execute(db, u"UPDATE delivery SET verp = 1, envelope_sender = 'bounces@sender.test' WHERE id = %1"_qs.arg(id));
        }).waitForFinished();
        Engine engine(m_workspace, fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.statusCounts(), u"2:6"_qs);
        for (const QByteArray &captured : sink.messages()) {
            const QByteArray message = withoutSinkLines(captured);
            m_sent.insert(test::headerValue(message, "To").remove(u'<').remove(u'>'), message);
        }
        for (const QString &pair : sql(u"SELECT group_concat(address || '=' || id) FROM broadlog"_qs).split(u',')) {
            const QStringList parts = pair.split(u'=');
            m_ids.insert(parts.value(0), parts.value(1));
        }
        QCOMPARE(m_sent.size(), 6);

        const QString maildir = fixture.temp().filePath(u"bounces"_qs);
        const QHash<QString, QByteArray> files = mailbox();
        for (auto it = files.begin(); it != files.end(); ++it)
            write(maildir, it.key(), it.value());
        const QStringList command{u"inmail"_qs, u"--workspace"_qs, m_workspace, u"--maildir"_qs, maildir, u"--json"_qs};
        const test::ProcessResult run = test::runCli(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject tally = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(tally.value(u"read"_qs).toInt(), 7);
        QCOMPARE(tally.value(u"bounces"_qs).toInt(), 3);
        QCOMPARE(tally.value(u"complaints"_qs).toInt(), 1);
        QCOMPARE(tally.value(u"autoReplies"_qs).toInt(), 1);
        QCOMPARE(tally.value(u"unmatched"_qs).toInt(), 1);
        QCOMPARE(tally.value(u"notBounces"_qs).toInt(), 1);

        // The log: a hard bounce after Sent is Failed (by VERP, by Message-ID); the delayed one stays Sent.
        QCOMPARE(sql(u"SELECT group_concat(address || ':' || status || ':' || COALESCE(failure_reason, '-'), ' ') "
                     "FROM (SELECT * FROM broadlog ORDER BY address)"_qs),
                 u"user0@a.test:3:1 user1@a.test:3:1 user2@a.test:2:- user3@a.test:2:- user4@a.test:2:- user5@a.test:2:-"_qs);
        QCOMPARE(sql(u"SELECT group_concat(r.recipient || ':' || r.matched_by, ' ') FROM (SELECT * FROM inmail_recipient "
                     "ORDER BY recipient) r WHERE r.broadlog_id IS NOT NULL"_qs),
                 u"user0@a.test:verp user1@a.test:message_id user2@a.test:address user3@a.test:message_id user4@a.test:message_id"_qs);
        // The history says where the news came from.
        QCOMPARE(sql(u"SELECT count(*) FROM delivery_event WHERE phase = 'inmail'"_qs), u"3"_qs);
        // The quarantine: hard → Quarantine, soft → With errors, complaint → Denylisted.
        QCOMPARE(sql(u"SELECT group_concat(address || ':' || status, ' ') FROM (SELECT * FROM quarantine ORDER BY address)"_qs),
                 u"user0@a.test:2 user1@a.test:2 user2@a.test:1 user3@a.test:3"_qs);
        // The KPIs moved with the statuses: the live figures equal a recount.
        QCOMPARE(sql(u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi_live"_qs), u"4 2 2"_qs);
        QCOMPARE(sql(u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi_live"_qs),
                 sql(u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi"_qs));
        // Deleted from the mailbox once recorded.
        QCOMPARE(QDir(maildir + u"/new"_qs).entryList(QDir::Files).size() + QDir(maildir + u"/cur"_qs).entryList(QDir::Files).size(), 0);

        // The operator's list holds the stranger's bounce, never dropped, with the message kept.
        const test::ProcessResult unmatched = test::runCli({u"inmail"_qs, u"unmatched"_qs, u"--workspace"_qs, m_workspace, u"--json"_qs});
        QVERIFY2(unmatched.exitCode == 0, unmatched.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(unmatched.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"recipients"_qs).toString(), u"someone@elsewhere.test"_qs);
        QCOMPARE(sql(u"SELECT count(*) FROM inmail_message WHERE outcome <> 'applied' AND raw IS NOT NULL"_qs), u"2"_qs);

        // The same messages again (a mailbox restored from a backup): nothing changes twice.
        for (auto it = files.begin(); it != files.end(); ++it)
            write(maildir, it.key() + u".again"_qs, it.value());
        const QString before = sql(u"SELECT group_concat(status || error_count, ',') FROM quarantine"_qs);
        const test::ProcessResult again = test::runCli(command);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"alreadyRead"_qs).toInt(), 7);
        QCOMPARE(sql(u"SELECT group_concat(status || error_count, ',') FROM quarantine"_qs), before);
        QCOMPARE(sql(u"SELECT count(*) FROM delivery_event WHERE phase = 'inmail'"_qs), u"3"_qs);
    }

    void keptMessagesAreNotReadTwice()
    {
        test::DeliveryFixture fixture({u"a.test"_qs}, 1);
        const QString maildir = fixture.temp().filePath(u"kept"_qs);
        write(maildir, u"1"_qs, test::newsletter());
        const QStringList command{u"inmail"_qs, u"--workspace"_qs, fixture.temp().path(), u"--maildir"_qs, maildir, u"--keep"_qs, u"--json"_qs};
        const test::ProcessResult first = test::runCli(command);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(QJsonDocument::fromJson(first.out).object().value(u"read"_qs).toInt(), 1);
        QCOMPARE(QDir(maildir + u"/new"_qs).entryList(QDir::Files).size() + QDir(maildir + u"/cur"_qs).entryList(QDir::Files).size(), 1);
        const test::ProcessResult second = test::runCli(command);
        QCOMPARE(QJsonDocument::fromJson(second.out).object().value(u"read"_qs).toInt(), 0);
    }

    void badArgumentsSayWhatToDo()
    {
        test::DeliveryFixture fixture({u"a.test"_qs}, 1);
        const QString path = fixture.temp().path();
        const test::ProcessResult none = test::runCli({u"inmail"_qs, u"--workspace"_qs, path});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(QString::fromUtf8(none.err).contains(u"--maildir, --mbox, --pop3 or --imap"_qs));
        const test::ProcessResult noPassword = test::runCli({u"inmail"_qs, u"--workspace"_qs, path, u"--imap"_qs,
                                                             u"imaps://bounces@127.0.0.1:1/INBOX"_qs});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(QString::fromUtf8(noPassword.err).contains(u"DIFFUSION_INMAIL_PASSWORD"_qs), noPassword.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestInMailCli)
#include "tst_inmailcli.moc"
