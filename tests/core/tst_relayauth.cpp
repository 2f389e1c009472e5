// The relay's AUTH (RFC 4954): offered only under TLS, PLAIN and LOGIN with and without an
// initial response, in every split of the input, the replies to every mistake, MAIL refused
// until the client has authenticated when the profile requires it, the log, and the profile's
// "auth" key.
#include "relay/relaycontext.h"
#include "relay/relayerror.h"
#include "relay/relaysession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

const QByteArray requiredAuth = R"({"hostname": "relay.test", "auth": {"users": {"sender": "s3cret", "other": "pw2"}, "required": true}})";
const QByteArray optionalAuth = R"({"hostname": "relay.test", "auth": {"users": {"sender": "s3cret"}}})";

RelayContext context(const QByteArray &json, std::unique_ptr<RelayLog> log = nullptr)
{
    // The session never touches the configuration: tlsEstablished() stands for the handshake.
    return RelayContext(RelayProfile::fromJson(json, u"test.json"_qs), QSslConfiguration(), nullptr, std::move(log));
}

// The PLAIN response (RFC 4616) in base64: authorization identity, user, password, NUL between.
QByteArray plain(const QByteArray &identity, const QByteArray &user, const QByteArray &password)
{
    return QByteArray(identity + '\0' + user + '\0' + password).toBase64();
}

// One line answering a 334 challenge: the text in base64, as AUTH LOGIN sends user and password.
QByteArray response(const QByteArray &text)
{
    return text.toBase64() + "\r\n";
}

// A session on a connection that offers STARTTLS, fed `chunk` bytes at a time.
class Client final
{
public:
    Client(RelayContext &context, qsizetype chunk = 1 << 20) : m_session(context, 1, true), m_chunk(chunk)
    {
        m_session.open();
        m_session.takeOutput();
    }

    // Everything the relay answers to the input.
    QByteArray say(const QByteArray &input)
    {
        QByteArray output;
        for (qsizetype i = 0; i < input.size(); i += m_chunk) {
            m_session.receive(QByteArrayView(input).sliced(i, std::min(m_chunk, input.size() - i)));
            output += m_session.takeOutput();
        }
        return output;
    }

    // EHLO, STARTTLS and the handshake, then EHLO again: what the relay advertises under TLS.
    QByteArray startTls()
    {
        const QByteArray before = say("EHLO client.test\r\nSTARTTLS\r\n");
        if (!before.endsWith("220 2.0.0 Ready to start TLS\r\n") || m_session.wait() != RelaySession::Wait::TlsHandshake)
            return "no TLS: " + before;
        m_session.tlsEstablished();
        return say("EHLO client.test\r\n");
    }

    RelaySession &session() { return m_session; }

private:
    RelaySession m_session;
    qsizetype m_chunk;
};

QList<QJsonObject> logEvents(const QString &path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                events.append(QJsonDocument::fromJson(line).object());
        }
    }
    return events;
}

QString profileError(const QByteArray &json)
{
    try {
        RelayProfile::fromJson(json, u"test.json"_qs);
    } catch (const RelayError &error) {
        return error.message();
    }
    return {};
}

const QByteArray accepted = "235 2.7.0 Authentication successful\r\n";
const QByteArray refused = "535 5.7.8 Authentication credentials invalid\r\n";
const QByteArray mailOk = "250 2.1.0 Ok\r\n";

} // namespace

class TestRelayAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offeredOnlyUnderTls()
    {
        RelayContext relay = context(requiredAuth);
        Client client(relay);
        const QByteArray clear = client.say("EHLO client.test\r\n");
        QVERIFY(clear.endsWith("250 STARTTLS\r\n"));
        QVERIFY(!clear.contains("AUTH"));
        QCOMPARE(client.say("AUTH PLAIN " + plain("", "sender", "s3cret") + "\r\n"),
                 "538 5.7.11 Encryption required for requested authentication mechanism\r\n");
        QCOMPARE(client.say("AUTH LOGIN\r\n"), "538 5.7.11 Encryption required for requested authentication mechanism\r\n");
        QCOMPARE(client.say("MAIL FROM:<a@example.test>\r\n"), "530 5.7.0 Authentication required\r\n");
        QVERIFY(client.session().authenticatedUser().isEmpty());

        const QByteArray underTls = client.startTls();
        QVERIFY2(underTls.contains("250-AUTH PLAIN LOGIN\r\n") || underTls.contains("250 AUTH PLAIN LOGIN\r\n"), underTls.constData());
        QVERIFY(!underTls.contains("STARTTLS"));
    }

    void withoutAuthInTheProfileThereIsNoAuthCommand()
    {
        RelayContext relay = context(R"({"hostname": "relay.test"})");
        Client client(relay);
        QVERIFY(!client.startTls().contains("AUTH"));
        QCOMPARE(client.say("AUTH PLAIN " + plain("", "sender", "s3cret") + "\r\n"),
                 "502 5.5.2 Error: command not recognized\r\n");
        QCOMPARE(client.say("MAIL FROM:<a@example.test>\r\n"), mailOk);
    }

    void profileWithAuthNeedsTls()
    {
        try {
            RelayContext relay(RelayProfile::fromJson(requiredAuth, u"test.json"_qs));
            QFAIL("a profile with \"auth\" was taken without TLS");
        } catch (const RelayError &error) {
            QVERIFY2(error.message().contains(u"--tls-cert"_qs), qPrintable(error.message()));
        }
    }

    void mechanismsInEverySplit_data()
    {
        QTest::addColumn<QByteArray>("exchange");
        QTest::addColumn<QByteArray>("replies");
        QTest::addColumn<qsizetype>("chunk");
        const QList<std::tuple<const char *, QByteArray, QByteArray>> exchanges{
            {"PLAIN, initial response", "AUTH PLAIN " + plain("", "sender", "s3cret") + "\r\n", accepted},
            {"PLAIN, authorization identity of the user", "AUTH PLAIN " + plain("sender", "sender", "s3cret") + "\r\n", accepted},
            {"PLAIN, challenge", "AUTH PLAIN\r\n" + plain("", "sender", "s3cret") + "\r\n", "334 \r\n" + accepted},
            {"plain, lower case", "auth plain " + plain("", "sender", "s3cret") + "\r\n", accepted},
            {"LOGIN, challenges", "AUTH LOGIN\r\n" + response("sender") + response("s3cret"),
             "334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n" + accepted},
            {"LOGIN, initial response", "AUTH LOGIN " + response("sender") + response("s3cret"), "334 UGFzc3dvcmQ6\r\n" + accepted},
        };
        for (const auto &[name, exchange, replies] : exchanges) {
            for (const qsizetype chunk : {1, 3, 7, 1 << 20})
                QTest::addRow("%s, %lld bytes at a time", name, qint64(chunk)) << exchange << replies << chunk;
        }
    }

    void mechanismsInEverySplit()
    {
        QFETCH(QByteArray, exchange);
        QFETCH(QByteArray, replies);
        QFETCH(qsizetype, chunk);
        RelayContext relay = context(requiredAuth);
        Client client(relay, chunk);
        QVERIFY(client.startTls().contains("AUTH PLAIN LOGIN"));
        // Pipelined behind the exchange: MAIL goes through once authenticated.
        QCOMPARE(client.say(exchange + "MAIL FROM:<news@example.test> AUTH=<>\r\n"), replies + mailOk);
        QCOMPARE(client.session().authenticatedUser(), u"sender"_qs);
        QCOMPARE(client.say("AUTH LOGIN\r\n"), "503 5.5.1 Error: already authenticated\r\n");
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("exchange");
        QTest::addColumn<QByteArray>("replies");
        QTest::newRow("PLAIN, wrong password") << "AUTH PLAIN " + plain("", "sender", "wrong") + "\r\n" << refused;
        QTest::newRow("PLAIN, another user's password") << "AUTH PLAIN " + plain("", "sender", "pw2") + "\r\n" << refused;
        QTest::newRow("PLAIN, unknown user") << "AUTH PLAIN " + plain("", "nobody", "s3cret") + "\r\n" << refused;
        QTest::newRow("PLAIN, acting for another user") << "AUTH PLAIN " + plain("other", "sender", "s3cret") + "\r\n" << refused;
        QTest::newRow("PLAIN, no NULs") << "AUTH PLAIN " + response("sender s3cret") << refused;
        QTest::newRow("PLAIN, empty initial response") << QByteArray("AUTH PLAIN =\r\n") << refused;
        QTest::newRow("PLAIN, not base64") << QByteArray("AUTH PLAIN not*base64!\r\n") << QByteArray("501 5.5.2 Cannot decode response\r\n");
        QTest::newRow("PLAIN, challenge answered with junk") << QByteArray("AUTH PLAIN\r\n%%%\r\n")
                                                             << QByteArray("334 \r\n501 5.5.2 Cannot decode response\r\n");
        QTest::newRow("PLAIN, cancelled") << QByteArray("AUTH PLAIN\r\n*\r\n") << QByteArray("334 \r\n501 5.7.0 Authentication aborted\r\n");
        QTest::newRow("LOGIN, wrong password") << "AUTH LOGIN\r\n" + response("sender") + response("wrong")
                                               << "334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n" + refused;
        QTest::newRow("LOGIN, empty password") << "AUTH LOGIN " + response("sender") + "\r\n" << "334 UGFzc3dvcmQ6\r\n" + refused;
        QTest::newRow("LOGIN, cancelled at the password") << "AUTH LOGIN " + response("sender") + "*\r\n"
                                                          << QByteArray("334 UGFzc3dvcmQ6\r\n501 5.7.0 Authentication aborted\r\n");
        QTest::newRow("unknown mechanism") << QByteArray("AUTH CRAM-MD5\r\n") << QByteArray("504 5.5.4 Unrecognized authentication type\r\n");
        QTest::newRow("no mechanism") << QByteArray("AUTH\r\n") << QByteArray("501 5.5.4 Syntax: AUTH mechanism [initial-response]\r\n");
    }

    // Each refusal leaves the session in command mode, unauthenticated: MAIL is still refused
    // and a correct AUTH afterwards succeeds.
    void refusals()
    {
        QFETCH(QByteArray, exchange);
        QFETCH(QByteArray, replies);
        RelayContext relay = context(requiredAuth);
        Client client(relay);
        QVERIFY(client.startTls().contains("AUTH PLAIN LOGIN"));
        QCOMPARE(client.say(exchange), replies);
        QVERIFY(client.session().authenticatedUser().isEmpty());
        QCOMPARE(client.say("MAIL FROM:<a@example.test>\r\n"), "530 5.7.0 Authentication required\r\n");
        QCOMPARE(client.say("AUTH PLAIN " + plain("", "sender", "s3cret") + "\r\nMAIL FROM:<a@example.test>\r\n"),
                 accepted + mailOk);
    }

    void authNeedsEhloAndNoTransaction()
    {
        RelayContext relay = context(optionalAuth);
        Client client(relay);
        QVERIFY(client.startTls().contains("AUTH PLAIN LOGIN"));
        // Not required: mail goes through without it, but AUTH cannot interrupt a transaction.
        QCOMPARE(client.say("MAIL FROM:<a@example.test>\r\nAUTH LOGIN\r\nRSET\r\n"),
                 mailOk + "503 5.5.1 Error: MAIL transaction in progress\r\n250 2.0.0 Ok\r\n");
        QCOMPARE(client.say("AUTH LOGIN " + response("sender") + response("s3cret")), "334 UGFzc3dvcmQ6\r\n" + accepted);

        RelayContext fresh = context(optionalAuth);
        RelaySession session(fresh, 1, true);
        session.open();
        session.takeOutput();
        session.receive("AUTH LOGIN\r\n");
        QCOMPARE(session.takeOutput(), "503 5.5.1 Error: send HELO/EHLO first\r\n");
    }

    void refusalsCountTowardsTheErrorLimit()
    {
        RelayContext relay = context(requiredAuth);
        Client client(relay);
        QVERIFY(client.startTls().contains("AUTH PLAIN LOGIN"));
        const QByteArray guess = "AUTH PLAIN " + plain("", "sender", "guess") + "\r\n";
        QByteArray output;
        for (int i = 0; i < 20; ++i)
            output += client.say(guess);
        QVERIFY(output.endsWith(QByteArray(refused + "421 4.7.0 Error: too many errors\r\n")));
        QCOMPARE(client.session().wait(), RelaySession::Wait::Close);
    }

    void theLogNamesTheUserAndNeverThePassword()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(u"relay.log"_qs);
        RelayContext relay = context(requiredAuth, std::make_unique<RelayLog>(logPath));
        Client client(relay);
        QVERIFY(client.startTls().contains("AUTH PLAIN LOGIN"));
        QCOMPARE(client.say("AUTH LOGIN " + response("sender") + response("wrong")), "334 UGFzc3dvcmQ6\r\n" + refused);
        const QByteArray replies = client.say("AUTH PLAIN " + plain("", "sender", "s3cret") + "\r\n"
                                              "MAIL FROM:<a@example.test>\r\nRCPT TO:<b@example.test>\r\n"
                                              "DATA\r\nSubject: x\r\n\r\nhi\r\n.\r\nQUIT\r\n");
        QVERIFY2(replies.startsWith(QByteArray(accepted + mailOk + "250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n250 2.0.0 Ok: queued as ")),
                 replies.constData());
        client.session().connectionLost();

        QList<QJsonObject> auths;
        QList<QJsonObject> transactions;
        for (const QJsonObject &event : logEvents(logPath)) {
            if (event.value(u"event"_qs) == u"auth"_qs)
                auths.append(event);
            else if (event.value(u"event"_qs) == u"transaction"_qs)
                transactions.append(event);
        }
        QCOMPARE(auths.size(), 2);
        QCOMPARE(auths[0].value(u"mechanism"_qs).toString(), u"LOGIN"_qs);
        QCOMPARE(auths[0].value(u"user"_qs).toString(), u"sender"_qs);
        QCOMPARE(auths[0].value(u"code"_qs).toInt(), 535);
        QCOMPARE(auths[1].value(u"mechanism"_qs).toString(), u"PLAIN"_qs);
        QCOMPARE(auths[1].value(u"code"_qs).toInt(), 235);
        QCOMPARE(auths[1].value(u"connection"_qs).toInt(), 1);
        QCOMPARE(transactions.size(), 1);
        QCOMPARE(transactions[0].value(u"auth"_qs).toString(), u"sender"_qs);
        QCOMPARE(transactions[0].value(u"code"_qs).toInt(), 250);

        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!text.contains("wrong"));
    }

    void transactionsWithoutAuthHaveNoUser()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(u"relay.log"_qs);
        RelayContext relay = context(optionalAuth, std::make_unique<RelayLog>(logPath));
        Client client(relay);
        QVERIFY(client.say("EHLO client.test\r\nMAIL FROM:<a@example.test>\r\nRSET\r\n").endsWith(QByteArray(mailOk + "250 2.0.0 Ok\r\n")));
        const QList<QJsonObject> events = logEvents(logPath);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(u"event"_qs).toString(), u"transaction"_qs);
        QVERIFY(events[0].contains(u"auth"_qs));
        QVERIFY(events[0].value(u"auth"_qs).isNull());
    }

    void profileAuthKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // empty: the profile is valid
        QTest::newRow("not an object") << QByteArray(R"({"auth": true})") << u"\"auth\": it must be a JSON object"_qs;
        QTest::newRow("no users") << QByteArray(R"({"auth": {"required": true}})") << u"\"auth\": \"users\" must be a JSON object"_qs;
        QTest::newRow("users empty") << QByteArray(R"({"auth": {"users": {}}})") << u"\"users\" must be a JSON object"_qs;
        QTest::newRow("users a list") << QByteArray(R"({"auth": {"users": ["sender"]}})") << u"\"users\" must be a JSON object"_qs;
        QTest::newRow("password a number") << QByteArray(R"({"auth": {"users": {"sender": 1}}})") << u"the user \"sender\" needs"_qs;
        QTest::newRow("empty password") << QByteArray(R"({"auth": {"users": {"sender": ""}}})") << u"the user \"sender\" needs"_qs;
        QTest::newRow("required not a boolean") << QByteArray(R"({"auth": {"users": {"a": "b"}, "required": "yes"}})")
                                                << u"\"required\" must be true or false"_qs;
        QTest::newRow("misspelt key") << QByteArray(R"({"auth": {"users": {"a": "b"}, "requird": true}})") << u"unknown key \"requird\""_qs;
        QTest::newRow("valid") << QByteArray(R"({"auth": {"users": {"a": "b"}, "required": false, "description": "x"}})") << QString();
    }

    void profileAuthKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString error = profileError(json);
        if (problem.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const RelayProfile profile = RelayProfile::fromJson(json, u"test.json"_qs);
            QVERIFY(profile.auth());
            QCOMPARE(profile.auth()->users.value(u"a"_qs), u"b"_qs);
            QVERIFY(!profile.auth()->required);
        } else {
            QVERIFY2(error.contains(problem), qPrintable(error));
            QVERIFY2(error.startsWith(u"Cannot use the relay profile test.json: "_qs), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelayAuth)
#include "tst_relayauth.moc"
