// AUTH end to end: `diffusion-cli send` through a route with --auth-user to the built-in relay,
// which offers STARTTLS (a test CA's certificate) and requires AUTH. With the right password every
// message is Sent and the relay's log names the user on every transaction; with a wrong one the
// relay refuses the credentials, nothing is sent, and every message keeps the refusal and waits
// for a retry. The password never reaches the workspace file nor the --trace output.
#include "deliveryfixture.h"
#include "analysisrun.h"
#include "process.h"
#include "relayprocess.h"
#include "testtls.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

const QByteArray user = "sender";
const QByteArray password = "Tr0ub4dor-and-3";

// A password as it could leak: in clear, or base64-encoded as AUTH LOGIN and PLAIN send it.
QList<QByteArray> secretForms(const QByteArray &secret)
{
    return {secret, secret.toBase64(), QByteArray('\0' + user + '\0' + secret).toBase64()};
}

struct RelayEvents {
    QList<QJsonObject> auths;
    QList<QJsonObject> transactions;
};

RelayEvents relayEvents(const test::RelayProcess &relay)
{
    RelayEvents events;
    for (const QJsonObject &event : relay.events()) {
        if (event.value(u"event"_qs) == u"auth"_qs)
            events.auths.append(event);
        else if (event.value(u"event"_qs) == u"transaction"_qs)
            events.transactions.append(event);
    }
    return events;
}

} // namespace

class TestEngineAuth final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestCertificates m_certificates;
    QString m_profile;

    // Routes everything to the relay over TLS, signing in as `user`; from here on only
    // diffusion-cli works on the workspace.
    static bool routeToRelay(test::DeliveryFixture &fixture, quint16 port)
    {
        fixture.temp().close();
        const test::ProcessResult routed = test::runCli({u"route"_qs, u"set"_qs, u"--workspace"_qs, fixture.temp().path(), u"*"_qs,
                                                         u"127.0.0.1:%1"_qs.arg(port), u"--tls"_qs, u"required"_qs,
                                                         u"--auth-user"_qs, QString::fromUtf8(user)});
        return routed.exitCode == 0 && test::analyzeWithCli(fixture.temp().path(), fixture.deliveryId()) == 0;
    }

    // `send --trace`, with the password given in DIFFUSION_SMTP_PASSWORD.
    static test::ProcessResult send(test::DeliveryFixture &fixture, const QByteArray &givenPassword, bool wait)
    {
        qputenv("DIFFUSION_SMTP_PASSWORD", givenPassword);
        const auto unset = qScopeGuard([] { qunsetenv("DIFFUSION_SMTP_PASSWORD"); });
        QStringList arguments{u"send"_qs, u"--workspace"_qs, fixture.temp().path(), QString::number(fixture.deliveryId()),
                              u"--confirm"_qs, u"--trace"_qs};
        if (wait)
            arguments.append(u"--wait"_qs);
        return test::runCli(arguments);
    }

    // Every file of the workspace's folder (the database, its WAL, the imported CSV) and the
    // trace are free of the password given.
    static void checkSecretNowhere(const QByteArray &secret, const QString &workspace, const QByteArray &trace)
    {
        const QDir folder = QFileInfo(workspace).dir();
        const QStringList names = folder.entryList(QDir::Files);
        QVERIFY(names.contains(u"test.diffusion"_qs));
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &form : secretForms(secret))
                QVERIFY2(!content.contains(form), qPrintable(name + u" holds the password"_qs));
        }
        for (const QByteArray &form : secretForms(secret))
            QVERIFY2(!trace.contains(form), "the trace holds the password");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificates = test::TestCertificates::make(m_dir.path(), u"127.0.0.1"_qs);
        QVERIFY(m_certificates.isValid());
        m_profile = m_dir.filePath(u"auth.json"_qs);
        QFile profile(m_profile);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"auth": {"users": {")" + user + R"(": ")" + password + R"("}, "required": true}})");
    }

    void rightPasswordSendsEverything()
    {
        test::RelayProcess relay({u"--profile"_qs, m_profile, u"--tls-cert"_qs, m_certificates.certificatePath,
                                  u"--tls-key"_qs, m_certificates.privateKeyPath});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"auth.test"_qs}, 10);
        QVERIFY(routeToRelay(fixture, relay.port()));
        const test::ProcessResult sent = send(fixture, password, true);
        QVERIFY2(sent.exitCode == 0, sent.err.constData());

        QCOMPARE(fixture.statusCounts(), u"2:10"_qs);
        const RelayEvents events = relayEvents(relay);
        QVERIFY(!events.auths.isEmpty());
        for (const QJsonObject &auth : events.auths) {
            QCOMPARE(auth.value(u"user"_qs).toString(), QString::fromUtf8(user));
            QCOMPARE(auth.value(u"code"_qs).toInt(), 235);
        }
        int accepted = 0;
        for (const QJsonObject &transaction : events.transactions) {
            QCOMPARE(transaction.value(u"auth"_qs).toString(), QString::fromUtf8(user));
            if (transaction.value(u"code"_qs).toInt() == 250)
                accepted += int(transaction.value(u"to"_qs).toArray().size());
        }
        QCOMPARE(accepted, 10);
        // The trace shows the exchange, with the secret masked.
        QVERIFY2(sent.err.contains("STARTTLS") && sent.err.contains("AUTH PLAIN ********") && sent.err.contains("S: 235"),
                 sent.err.constData());
        checkSecretNowhere(password, fixture.temp().path(), sent.err);
    }

    void wrongPasswordSendsNothing()
    {
        test::RelayProcess relay({u"--profile"_qs, m_profile, u"--tls-cert"_qs, m_certificates.certificatePath,
                                  u"--tls-key"_qs, m_certificates.privateKeyPath});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"auth.test"_qs}, 10);
        const QByteArray wrong = "not-" + password;
        // Without --wait: it returns once every message was tried.
        QVERIFY(routeToRelay(fixture, relay.port()));
        const test::ProcessResult sent = send(fixture, wrong, false);
        QVERIFY2(sent.exitCode == 0, sent.err.constData());

        // Not sent, not failed for good: deferred with the relay's refusal, qualified, to be
        // retried; never a hard bounce, since the recipients are not at fault.
        QCOMPARE(fixture.statusCounts(), u"1:10"_qs);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE failure_type IN (1, 3) AND failure_reason IS NOT NULL "
                               "AND retries = 1 AND next_attempt_at IS NOT NULL "
                               "AND last_reply = '535 5.7.8 Authentication credentials invalid'"_qs).toInt(), 10);
        QCOMPARE(fixture.value(u"SELECT count(DISTINCT broadlog_id) FROM delivery_event WHERE phase = 'auth' "
                               "AND outcome = 'connection_error' AND reply LIKE '535 5.7.8%'"_qs).toInt(), 10);
        qInfo("a refused AUTH is qualified as %s", qPrintable(fixture.value(
            u"SELECT t.id || ', ' || r.id FROM broadlog b JOIN ref_failure_type t ON t.value = b.failure_type "
            "JOIN ref_failure_reason r ON r.value = b.failure_reason LIMIT 1"_qs).toString()));

        const RelayEvents events = relayEvents(relay);
        QVERIFY(!events.auths.isEmpty());
        for (const QJsonObject &auth : events.auths)
            QCOMPARE(auth.value(u"code"_qs).toInt(), 535);
        QVERIFY(events.transactions.isEmpty());
        checkSecretNowhere(wrong, fixture.temp().path(), sent.err);
    }
};

QTEST_GUILESS_MAIN(TestEngineAuth)
#include "tst_engineauth.moc"
