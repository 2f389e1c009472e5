// The engine against a real Postfix on loopback: known users get the message (DKIM-signed, the
// signature verified by python3-dkim on the bytes Postfix stored), unknown users are refused with
// 550 5.1.1 and end Failed as User unknown; STARTTLS with certificate verification succeeds with
// the test authority and fails without it.
#include "deliveryfixture.h"
#include "dkimverifier.h"
#include "enginerun.h"
#include "engine/engine.h"
#include "postfixserver.h"
#include "process.h"
#include "store/connection.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace diffusion;

namespace {

const QStringList users{u"user0@example.test"_qs, u"user1@example.test"_qs};

test::PostfixServer::Options postfixOptions()
{
    test::PostfixServer::Options options;
    options.users = users;
    options.tls = true;
    return options;
}

Engine::Options options(const QList<QSslCertificate> &authorities)
{
    Engine::Options o = test::fastEngineOptions();
    o.worker.caCertificates = authorities;
    return o;
}

} // namespace

class TestEnginePostfix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversSignedMailAndQualifiesUnknownUsers()
    {
        test::PostfixServer postfix(postfixOptions());
        QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
        // user0 and user1 exist; user2 and user3 are unknown to Postfix.
        test::DeliveryFixture fixture({u"example.test"_qs}, 4, u"Bonjour {{firstName}},\n.une ligne qui commence par un point\n"_qs);
        fixture.route(u"example.test"_qs, postfix.host(), postfix.port(), TlsPolicy::Verify);
        const QString key = test::opensslKey(fixture.temp().filePath(u"ed.pem"_qs), test::ed25519KeyArguments());
        fixture.writer().submit([key](QSqlDatabase &db) {
            execute(db, u"INSERT INTO dkim_key (domain, selector, key_path, algorithm) VALUES ('sender.test', 'ed1', '%1', 'ed25519-sha256')"_qs.arg(key));
        }).waitForFinished();

        Engine engine(fixture.temp().path(), fixture.writer(), options(QSslCertificate::fromPath(postfix.caCertificatePath())));
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));

        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 2 AND address IN ('user0@example.test', 'user1@example.test')"_qs).toInt(), 2);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 3 AND failure_type = 2 AND failure_reason = 1 "
                               "AND last_reply LIKE '550 5.1.1 %User unknown in virtual mailbox table%'"_qs).toInt(), 2);

        const QByteArray record = test::runCli({u"dkim"_qs, u"record"_qs, u"--key"_qs, key}).out.trimmed();
        for (const QString &user : users) {
            QVERIFY(postfix.waitForMessages(user, 1));
            const QList<QByteArray> stored = postfix.messages(user);
            QCOMPARE(stored.size(), 1);
            const QByteArray sent = test::PostfixServer::asSent(stored.first());
            QVERIFY(sent.contains("\r\n.une ligne qui commence par un point"));
            const test::DkimVerification verification = test::verifyDkim(sent, {record});
            QVERIFY2(verification.verified, verification.report.constData());
        }
        // The session was encrypted: Postfix logs the TLS connection.
        QVERIFY(postfix.maillog().contains("TLS connection established"));
    }

    void certificateVerificationNeedsTheAuthority()
    {
        test::PostfixServer postfix(postfixOptions());
        QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
        test::DeliveryFixture fixture({u"example.test"_qs}, 1);
        fixture.route(u"example.test"_qs, postfix.host(), postfix.port(), TlsPolicy::Verify);
        fixture.setValidity(2);
        Engine engine(fixture.temp().path(), fixture.writer(), options({})); // the system's authorities only
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 3 AND failure_reason = 3 AND last_reply LIKE '%certificate%'"_qs).toInt(), 1);
        QVERIFY(postfix.messages(users.first()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnginePostfix)
#include "tst_enginepostfix.moc"
