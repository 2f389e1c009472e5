// inMail on bounces a real MTA wrote: a delivery goes through Postfix (250 for every message,
// so the log says Sent); Postfix then fails to pass some of them on and returns its own DSNs to
// the VERP return path, into a Maildir that Dovecot serves over IMAP and POP3 with TLS.
// `diffusion-cli inmail` reads them there, and the log, the KPIs and the quarantine change as
// the spec says (email-delivery.md §3, §7). Checked with sqlite3.
#include "bouncingpostfix.h"
#include "deliveryfixture.h"
#include "engine/engine.h"
#include "enginerun.h"
#include "process.h"
#include "store/connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace diffusion;

class TestInMailRealMta final : public QObject
{
    Q_OBJECT

    static QJsonObject tallyOf(const test::ProcessResult &run) { return QJsonDocument::fromJson(run.out).object(); }

private Q_SLOTS:
    void postfixBouncesReachTheLogThroughDovecot_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("startTls");
        QTest::newRow("imaps") << int(MailboxSpec::Kind::Imap) << false;
        QTest::newRow("pop3 with STARTTLS") << int(MailboxSpec::Kind::Pop3) << true;
    }

    void postfixBouncesReachTheLogThroughDovecot()
    {
        QFETCH(int, kind);
        QFETCH(bool, startTls);
        test::BouncingPostfix servers;
        QVERIFY2(servers.start(), qPrintable(servers.errorString()));
        const QString refused = test::BouncingPostfix::refusingDomain();
        const QString deferred = test::BouncingPostfix::deferringDomain();
        test::DeliveryFixture fixture({refused, deferred}, 3);
        const QString workspace = fixture.temp().path();
        fixture.route(u"*"_qs, servers.postfix().host(), servers.postfix().port());
        fixture.writer().submit([id = fixture.deliveryId()](QSqlDatabase &db) {
            execute(db, u"UPDATE delivery SET verp = 1, envelope_sender = '%1' WHERE id = %2"_qs
                            .arg(test::BouncingPostfix::bounceMailbox()).arg(id));
        }).waitForFinished();
        Engine engine(workspace, fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.statusCounts(), u"2:6"_qs); // Postfix took every message

        // Postfix's own DSNs, one per message, in the mailbox Dovecot serves.
        QVERIFY(servers.waitForBounces(6));
        const MailboxSpec spec = servers.dovecot().mailboxSpec(MailboxSpec::Kind(kind), startTls);
        qputenv("DIFFUSION_INMAIL_PASSWORD", spec.password.toUtf8());
        const QString option = kind == int(MailboxSpec::Kind::Imap) ? u"--imap"_qs : u"--pop3"_qs;
        const QStringList command{u"inmail"_qs, u"--workspace"_qs, workspace, option, spec.url.toString(QUrl::RemovePassword),
                                  u"--ca-file"_qs, spec.caFile, u"--json"_qs};
        const test::ProcessResult run = test::runCli(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(tallyOf(run).value(u"read"_qs).toInt(), 6);
        QCOMPARE(tallyOf(run).value(u"bounces"_qs).toInt(), 6);
        QCOMPARE(tallyOf(run).value(u"unmatched"_qs).toInt(), 0);

        // Every DSN found its message by its VERP return path.
        QCOMPARE(test::sqliteValue(workspace, u"SELECT group_concat(DISTINCT matched_by) FROM inmail_recipient"_qs), u"verp"_qs);
        // Refused (5.x.x): Sent → Failed, hard, in quarantine. Not passed on after a 4.x.x: the
        // status stays Sent, the address counts an error.
        QCOMPARE(test::sqliteValue(workspace, u"SELECT group_concat(DISTINCT domain || ':' || status || ':' || COALESCE(failure_type, '-')) "
                                              "FROM (SELECT * FROM broadlog ORDER BY domain)"_qs),
                 u"%1:2:-,%2:3:2"_qs.arg(deferred, refused));
        QCOMPARE(test::sqliteValue(workspace, u"SELECT group_concat(DISTINCT substr(address, instr(address, '@') + 1) || ':' || status) "
                                              "FROM (SELECT * FROM quarantine ORDER BY address)"_qs),
                 u"%1:1,%2:2"_qs.arg(deferred, refused));
        QCOMPARE(test::sqliteValue(workspace, u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi_live"_qs), u"3 3 3"_qs);
        QCOMPARE(test::sqliteValue(workspace, u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi_live"_qs),
                 test::sqliteValue(workspace, u"SELECT sent || ' ' || failed || ' ' || hard_bounces FROM v_delivery_kpi"_qs));

        // Deleted on the server once recorded: the next visit finds nothing.
        QTRY_COMPARE(servers.dovecot().messageCount(), 0);
        const test::ProcessResult again = test::runCli(command);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(tallyOf(again).value(u"read"_qs).toInt(), 0);
    }

    void aWrongPasswordIsSaidAndChangesNothing()
    {
        test::BouncingPostfix servers;
        QVERIFY2(servers.start(), qPrintable(servers.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs}, 1);
        servers.dovecot().deliver("From: MAILER-DAEMON@localhost\r\nSubject: x\r\n\r\nbody\r\n");
        const MailboxSpec spec = servers.dovecot().mailboxSpec(MailboxSpec::Kind::Imap);
        qputenv("DIFFUSION_INMAIL_PASSWORD", "not the password");
        const test::ProcessResult run = test::runCli({u"inmail"_qs, u"--workspace"_qs, fixture.temp().path(), u"--imap"_qs,
                                                      spec.url.toString(QUrl::RemovePassword), u"--ca-file"_qs, spec.caFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.isEmpty(), run.out.constData());
        QCOMPARE(test::sqliteValue(fixture.temp().path(), u"SELECT count(*) FROM inmail_message"_qs), u"0"_qs);
        QCOMPARE(servers.dovecot().messageCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInMailRealMta)
#include "tst_inmailrealmta.moc"
