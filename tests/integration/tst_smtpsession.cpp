// The SMTP client session against a scripted server (capabilities, every reply class at every
// phase, pipelining, timeouts, broken connections, STARTTLS policies, AUTH, the trace), then
// against Postfix's smtp-sink. Every test also checks the accounting: one outcome per message
// sent, closed() once and last.
#include "scriptedsmtpserver.h"
#include "smtp/smtpdatablock.h"
#include "smtp/smtpsession.h"
#include "smtpsink.h"
#include "testtls.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;
using test::ScriptedSmtpServer;

namespace {

constexpr int closedTimeoutMs = 10000;
const QString mailFrom = u"MAIL FROM:<sender@example\\.org>"_qs;
const QByteArray greeting = QByteArrayLiteral("220 mx.test ESMTP\r\n");
const QByteArray ok = QByteArrayLiteral("250 2.0.0 Ok\r\n");
const QByteArray goAhead = QByteArrayLiteral("354 End data with <CR><LF>.<CR><LF>\r\n");
const QByteArray bye = QByteArrayLiteral("221 2.0.0 Bye\r\n");

QString rcptTo(qint64 id)
{
    return u"RCPT TO:<r%1@example\\.org>"_qs.arg(id);
}

QByteArray ehloReply(const QList<QByteArray> &keywords)
{
    QByteArray reply = "250" + QByteArray(keywords.isEmpty() ? " " : "-") + "mx.test\r\n";
    for (qsizetype i = 0; i < keywords.size(); ++i)
        reply += "250" + QByteArray(i + 1 == keywords.size() ? " " : "-") + keywords[i] + "\r\n";
    return reply;
}

// Greeting and EHLO with the given extensions.
ScriptedSmtpServer &greet(ScriptedSmtpServer &server, const QList<QByteArray> &keywords)
{
    return server.send(greeting).expect(u"EHLO client\\.test"_qs, ehloReply(keywords));
}

// One accepted message, one command at a time.
ScriptedSmtpServer &acceptOne(ScriptedSmtpServer &server, qint64 id)
{
    return server.expect(mailFrom, ok).expect(rcptTo(id), ok).expect(u"DATA"_qs, goAhead).expectData(ok);
}

// One accepted message, MAIL, RCPT and DATA answered together.
ScriptedSmtpServer &acceptPipelined(ScriptedSmtpServer &server, qint64 id)
{
    return server.expect(mailFrom).expect(rcptTo(id)).expect(u"DATA"_qs, ok + ok + goAhead).expectData(ok);
}

ScriptedSmtpServer &quit(ScriptedSmtpServer &server)
{
    return server.expect(u"QUIT"_qs, bye).closeConnection();
}

SmtpMessage message(qint64 id, const QByteArray &data = {})
{
    const QByteArray content = data.isEmpty() ? "Subject: " + QByteArray::number(id) + "\r\n\r\nBody.\r\n" : data;
    return smtpMessage(id, QByteArrayLiteral("sender@example.org"), "r" + QByteArray::number(id) + "@example.org", content);
}

SmtpSessionConfig configFor(quint16 port, TlsPolicy tls = TlsPolicy::Disabled)
{
    SmtpSessionConfig config;
    config.host = u"127.0.0.1"_qs;
    config.port = port;
    config.heloName = u"client.test"_qs;
    config.tls = tls;
    config.connectTimeoutMs = closedTimeoutMs;
    config.commandTimeoutMs = closedTimeoutMs;
    config.dataTimeoutMs = closedTimeoutMs;
    return config;
}

// Drives a session as the engine does: opens it, sends the next message on each ready(), closes
// it on a ready() with nothing left to send. Records every signal.
class Driver final
{
public:
    explicit Driver(const SmtpSessionConfig &config, const QList<SmtpMessage> &messages = {})
        : session(config)
        , m_closed(&session, &SmtpSession::closed)
        , m_queue(messages)
    {
        QObject::connect(&session, &SmtpSession::ready, &session, [this] {
            record(u"ready"_qs);
            if (!session.isReady())
                m_problems.append(u"ready() while not ready"_qs);
            if (m_queue.isEmpty()) {
                if (closeWhenDone)
                    session.close();
                return;
            }
            sent.append(m_queue.first().id);
            session.send(m_queue.takeFirst());
            maxInFlight = std::max(maxInFlight, sent.size() - outcomes.size());
        });
        QObject::connect(&session, &SmtpSession::outcome, &session, [this](const SmtpOutcome &outcome) {
            record(u"outcome"_qs);
            outcomes.append(outcome);
            encrypted = session.isEncrypted();
        });
        QObject::connect(&session, &SmtpSession::failed, &session, [this](const SmtpOutcome &reason) {
            record(u"failed"_qs);
            failures.append(reason);
        });
        QObject::connect(&session, &SmtpSession::closed, &session, [this] { record(u"closed"_qs); });
        QObject::connect(&session, &SmtpSession::trace, &session, [this](const QString &line) { traces.append(line); });
        session.open();
    }

    bool waitClosed()
    {
        return !m_closed.isEmpty() || m_closed.wait(closedTimeoutMs);
    }

    // What breaks the session's promises: an outcome missing or doubled, a signal after closed().
    QStringList problems() const
    {
        QStringList problems = m_problems;
        if (m_events.count(u"closed"_qs) != 1 || m_events.last() != u"closed")
            problems.append(u"closed() is not the last signal, once: "_qs + m_events.join(u' '));
        QList<qint64> answered;
        for (const SmtpOutcome &outcome : outcomes)
            answered.append(outcome.id);
        QList<qint64> expected = sent;
        std::sort(answered.begin(), answered.end());
        std::sort(expected.begin(), expected.end());
        if (answered != expected)
            problems.append(u"outcomes do not match the messages sent"_qs);
        if (failures.size() > 1)
            problems.append(u"failed() more than once"_qs);
        return problems;
    }

    SmtpSession session;
    bool closeWhenDone = true;
    QList<qint64> sent;
    QList<SmtpOutcome> outcomes;
    QList<SmtpOutcome> failures;
    QStringList traces;
    qsizetype maxInFlight = 0;
    bool encrypted = false; // at the last outcome

private:
    void record(const QString &event)
    {
        if (m_events.contains(u"closed"))
            m_problems.append(event + u" after closed()"_qs);
        m_events.append(event);
    }

    QSignalSpy m_closed;
    QList<SmtpMessage> m_queue;
    QStringList m_events;
    QStringList m_problems;
};

// A port whose listen queue is full: the kernel drops new SYNs, so connecting hangs.
class FullListenQueue final
{
public:
    bool start()
    {
        m_server.setListenBacklogSize(0);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_server.pauseAccepting();
        m_filler.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        return QTest::qWaitFor([this] { return m_filler.state() == QAbstractSocket::ConnectedState; });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QTcpSocket m_filler;
};

} // namespace

#define VERIFY_ACCOUNTING(driver)                                                                                      \
    do {                                                                                                               \
        QVERIFY((driver).waitClosed());                                                                                \
        QCOMPARE((driver).problems(), QStringList());                                                                  \
    } while (false)

#define VERIFY_SCRIPT(server)                                                                                          \
    do {                                                                                                               \
        QCOMPARE((server).errors(), QStringList());                                                                    \
        QVERIFY((server).isFinished());                                                                                \
    } while (false)

class TestSmtpSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certificateFolder.isValid());
        m_certificates = test::TestCertificates::make(m_certificateFolder.path(), u"localhost"_qs);
        QVERIFY(m_certificates.isValid());
    }

    void capabilitiesThenOneMessageAtATime()
    {
        ScriptedSmtpServer server;
        greet(server, {"SIZE 1000000", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES", "AUTH PLAIN LOGIN"})
            .expect(mailFrom + u" SIZE=30"_qs, ok)
            .expect(rcptTo(1), ok)
            .expect(u"DATA"_qs, goAhead)
            .expectData("250 2.0.0 Ok: queued as 4F2\r\n");
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1, "Subject: x\r\n\r\n.hidden\r\n..two\r\n")});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        const SmtpCapabilities &capabilities = driver.session.capabilities();
        QCOMPARE(capabilities.sizeLimit, qint64(1000000));
        QVERIFY(!capabilities.pipelining);
        QVERIFY(capabilities.eightBitMime && capabilities.smtpUtf8 && capabilities.enhancedStatusCodes);
        QVERIFY(capabilities.authPlain && capabilities.authLogin && !capabilities.startTls);

        QCOMPARE(driver.outcomes.size(), 1);
        const SmtpOutcome &outcome = driver.outcomes.first();
        QCOMPARE(outcome.id, 1);
        QCOMPARE(outcome.kind, SmtpOutcome::Kind::Accepted);
        QCOMPARE(outcome.phase, SmtpPhase::Body);
        QCOMPARE(outcome.reply.toString(), u"250 2.0.0 Ok: queued as 4F2"_qs);
        QCOMPARE(outcome.host, u"127.0.0.1"_qs);
        QVERIFY(driver.failures.isEmpty());
        QCOMPARE(driver.maxInFlight, 1);
        QCOMPARE(server.messages(), QList<QByteArray>{QByteArrayLiteral("Subject: x\r\n\r\n..hidden\r\n...two\r\n")});
        QCOMPARE(server.received(), QByteArrayLiteral("EHLO client.test\r\n"
                                                      "MAIL FROM:<sender@example.org> SIZE=30\r\n"
                                                      "RCPT TO:<r1@example.org>\r\n"
                                                      "DATA\r\n"
                                                      "Subject: x\r\n\r\n..hidden\r\n...two\r\n.\r\n"
                                                      "QUIT\r\n"));
        // Without pipelining, each command waits for the previous reply.
        for (const QByteArray &read : server.reads())
            QVERIFY2(read.count("\r\n") == 1 || read.startsWith("Subject"), read.constData());
    }

    void heloWhenEhloIsRefused()
    {
        ScriptedSmtpServer server;
        server.send(greeting)
            .expect(u"EHLO client\\.test"_qs, "502 5.5.2 Error: command not recognized\r\n")
            .expect(u"HELO client\\.test"_qs, "250 mx.test\r\n");
        acceptOne(server, 1);
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort(), TlsPolicy::Opportunistic), {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.outcomes.first().kind, SmtpOutcome::Kind::Accepted);
        QVERIFY(!driver.session.capabilities().pipelining);
    }

    void replyAtEachPhase_data()
    {
        QTest::addColumn<SmtpPhase>("phase");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("pipelining");
        const QList<std::pair<const char *, SmtpPhase>> phases{{"MAIL", SmtpPhase::MailFrom},
                                                                {"RCPT", SmtpPhase::RcptTo},
                                                                {"DATA", SmtpPhase::Data},
                                                                {"final dot", SmtpPhase::Body}};
        for (const bool pipelining : {false, true}) {
            for (const auto &[name, phase] : phases) {
                QTest::addRow("%s 451%s", name, pipelining ? " pipelined" : "")
                    << phase << QByteArrayLiteral("451 4.3.0 Try again later\r\n") << pipelining;
                QTest::addRow("%s 550%s", name, pipelining ? " pipelined" : "")
                    << phase << QByteArrayLiteral("550 5.7.1 Refused\r\n") << pipelining;
            }
        }
    }

    // The refused message gets Deferred (4xx) or Rejected (5xx) at the phase of the refusal; the
    // next one goes out after RSET when the refused transaction was left open, and is accepted.
    void replyAtEachPhase()
    {
        QFETCH(SmtpPhase, phase);
        QFETCH(QByteArray, reply);
        QFETCH(bool, pipelining);

        ScriptedSmtpServer server;
        greet(server, pipelining ? QList<QByteArray>{"PIPELINING"} : QList<QByteArray>{});
        const auto answer = [&](SmtpPhase at, const QByteArray &positive) {
            return phase == at ? reply : positive;
        };
        if (pipelining) {
            QByteArray answers = answer(SmtpPhase::MailFrom, ok);
            answers += phase == SmtpPhase::MailFrom ? "503 5.5.1 Error: need MAIL command\r\n" : answer(SmtpPhase::RcptTo, ok);
            answers += phase <= SmtpPhase::RcptTo ? "554 5.5.1 Error: no valid recipients\r\n"
                                                   : answer(SmtpPhase::Data, goAhead);
            server.expect(mailFrom).expect(rcptTo(1)).expect(u"DATA"_qs, answers);
        } else {
            server.expect(mailFrom, answer(SmtpPhase::MailFrom, ok));
            if (phase > SmtpPhase::MailFrom)
                server.expect(rcptTo(1), answer(SmtpPhase::RcptTo, ok));
            if (phase > SmtpPhase::RcptTo)
                server.expect(u"DATA"_qs, answer(SmtpPhase::Data, goAhead));
        }
        if (phase == SmtpPhase::Body)
            server.expectData(reply);
        const bool reset = phase != SmtpPhase::Body;
        // RSET goes first, pipelined with the next message's commands when it can be.
        if (reset)
            server.expect(u"RSET"_qs, ok);
        if (pipelining)
            acceptPipelined(server, 2);
        else
            acceptOne(server, 2);
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1), message(2)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.outcomes.size(), 2);
        const SmtpOutcome &refused = driver.outcomes[0];
        QCOMPARE(refused.id, 1);
        QCOMPARE(refused.kind, reply.startsWith('4') ? SmtpOutcome::Kind::Deferred : SmtpOutcome::Kind::Rejected);
        QCOMPARE(refused.phase, phase);
        QCOMPARE(refused.reply.code, reply.left(3).toInt());
        QCOMPARE(refused.reply.enhanced, QString::fromLatin1(reply.mid(4, 5)));
        QCOMPARE(driver.outcomes[1].id, 2);
        QCOMPARE(driver.outcomes[1].kind, SmtpOutcome::Kind::Accepted);
        QCOMPARE(server.received().count("RSET"), reset ? 1 : 0);
    }

    // Some servers answer DATA with 354 although every recipient was refused: the client ends
    // the transaction with an empty message and reports the recipient's refusal.
    void goAheadAfterRefusedRecipient()
    {
        ScriptedSmtpServer server;
        greet(server, {"PIPELINING"})
            .expect(mailFrom)
            .expect(rcptTo(1))
            .expect(u"DATA"_qs, ok + "550 5.1.1 <r1@example.org>: User unknown\r\n" + goAhead)
            .expectData("554 5.5.1 Error: no valid recipients\r\n");
        acceptPipelined(server, 2);
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1), message(2)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(server.messages().first(), QByteArray());
        QCOMPARE(driver.outcomes[0].kind, SmtpOutcome::Kind::Rejected);
        QCOMPARE(driver.outcomes[0].phase, SmtpPhase::RcptTo);
        QCOMPARE(driver.outcomes[0].reply.enhanced, u"5.1.1"_qs);
        QCOMPARE(driver.outcomes[1].kind, SmtpOutcome::Kind::Accepted);
        QVERIFY(!server.received().contains("RSET"));
    }

    // The server holds each final reply until the next message's DATA has arrived: the client
    // must send the next message before the previous one is answered, and never have more than
    // two in flight. Replies are matched in order.
    void pipelinedMessagesOverlap()
    {
        ScriptedSmtpServer server;
        greet(server, {"PIPELINING", "SIZE 0"})
            .expect(mailFrom)
            .expect(rcptTo(1))
            .expect(u"DATA"_qs, ok + ok + goAhead)
            .expectData();
        for (qint64 id = 2; id <= 3; ++id) {
            server.expect(mailFrom)
                .expect(rcptTo(id))
                .expect(u"DATA"_qs, "250 2.0.0 queued as M" + QByteArray::number(id - 1) + "\r\n" + ok + ok + goAhead)
                .expectData(id == 3 ? QByteArrayLiteral("250 2.0.0 queued as M3\r\n") : QByteArray());
        }
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1), message(2), message(3)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.maxInFlight, 2);
        QCOMPARE(driver.outcomes.size(), 3);
        for (qint64 id = 1; id <= 3; ++id) {
            QCOMPARE(driver.outcomes[id - 1].id, id);
            QCOMPARE(driver.outcomes[id - 1].kind, SmtpOutcome::Kind::Accepted);
            QCOMPARE(driver.outcomes[id - 1].reply.lines, QStringList{u"queued as M"_qs + QString::number(id)});
        }
        // The first batch is one write: MAIL, RCPT and DATA together.
        QVERIFY(server.reads().contains(
            QByteArrayLiteral("MAIL FROM:<sender@example.org>\r\nRCPT TO:<r1@example.org>\r\nDATA\r\n")));
    }

    void sizeLimitRefusedWithoutSending()
    {
        ScriptedSmtpServer server;
        greet(server, {"SIZE 100"}).expect(mailFrom + u" SIZE=\\d+"_qs, ok).expect(rcptTo(2), ok)
            .expect(u"DATA"_qs, goAhead).expectData(ok);
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1, QByteArray(101, 'x')), message(2)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.outcomes.size(), 2);
        const SmtpOutcome &refused = driver.outcomes[0];
        QCOMPARE(refused.id, 1);
        QCOMPARE(refused.kind, SmtpOutcome::Kind::Rejected);
        QCOMPARE(refused.phase, SmtpPhase::MailFrom);
        QCOMPARE(refused.reply.code, 0);
        QVERIFY2(refused.error.contains(u"101") && refused.error.contains(u"100"), qPrintable(refused.error));
        QCOMPARE(driver.outcomes[1].kind, SmtpOutcome::Kind::Accepted);
        QCOMPARE(server.received().count("MAIL FROM"), 1);
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const SmtpSessionConfig config = configFor(closed.serverPort());
        closed.close();

        Driver driver(config);
        VERIFY_ACCOUNTING(driver);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::Connect);
        QVERIFY(!driver.failures.first().error.isEmpty());
    }

    // Each timeout is given alone a short value, the others a long one: only the right timer can
    // end the session within the test's wait.
    void connectTimeout()
    {
        FullListenQueue queue;
        QVERIFY(queue.start());
        SmtpSessionConfig config = configFor(queue.port());
        config.connectTimeoutMs = 200;
        config.commandTimeoutMs = config.dataTimeoutMs = 60000;

        Driver driver(config);
        VERIFY_ACCOUNTING(driver);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::Connect);
    }

    void replyTimeout_data()
    {
        QTest::addColumn<int>("stalledStep"); // how much of the script is played before it stalls
        QTest::addColumn<SmtpPhase>("phase");
        QTest::addColumn<bool>("messageInFlight");
        QTest::addColumn<bool>("dataTimeout");
        QTest::addRow("greeting") << 0 << SmtpPhase::Greeting << false << false;
        QTest::addRow("EHLO") << 1 << SmtpPhase::Ehlo << false << false;
        QTest::addRow("MAIL") << 2 << SmtpPhase::MailFrom << true << false;
        QTest::addRow("RCPT") << 3 << SmtpPhase::RcptTo << true << false;
        QTest::addRow("DATA") << 4 << SmtpPhase::Data << true << false;
        QTest::addRow("final dot") << 5 << SmtpPhase::Body << true << true;
    }

    void replyTimeout()
    {
        QFETCH(int, stalledStep);
        QFETCH(SmtpPhase, phase);
        QFETCH(bool, messageInFlight);
        QFETCH(bool, dataTimeout);

        ScriptedSmtpServer server;
        if (stalledStep > 0)
            server.send(greeting);
        if (stalledStep > 1)
            server.expect(u"EHLO.*"_qs, ehloReply({}));
        if (stalledStep > 2)
            server.expect(mailFrom, ok);
        if (stalledStep > 3)
            server.expect(rcptTo(1), ok);
        if (stalledStep > 4)
            server.expect(u"DATA"_qs, goAhead);
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort());
        config.commandTimeoutMs = dataTimeout ? 60000 : 200;
        config.dataTimeoutMs = dataTimeout ? 200 : 60000;

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        const SmtpOutcome reason = messageInFlight ? driver.outcomes.value(0) : driver.failures.value(0);
        QCOMPARE(driver.outcomes.size(), messageInFlight ? 1 : 0);
        QCOMPARE(driver.failures.size(), messageInFlight ? 0 : 1);
        QCOMPARE(reason.kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(reason.phase, phase);
        QVERIFY2(reason.error.contains(u"200"), qPrintable(reason.error));
    }

    void handshakeTimeout()
    {
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"}).expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n");
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort(), TlsPolicy::Required);
        config.connectTimeoutMs = 200;
        config.commandTimeoutMs = 60000;

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::StartTls);
        QVERIFY(driver.sent.isEmpty());
    }

    void serverClosesWhileIdle()
    {
        ScriptedSmtpServer server;
        greet(server, {}).closeConnection();
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()));
        driver.closeWhenDone = false;
        VERIFY_ACCOUNTING(driver);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::MailFrom);
    }

    void serverClosesMidTransaction_data()
    {
        QTest::addColumn<int>("messageSize");
        QTest::addColumn<bool>("afterGoAhead");
        QTest::addRow("after MAIL") << 100 << false;
        QTest::addRow("after 354, small message") << 100 << true;
        QTest::addRow("after 354, 4 MB message") << (4 << 20) << true;
    }

    void serverClosesMidTransaction()
    {
        QFETCH(int, messageSize);
        QFETCH(bool, afterGoAhead);
        ScriptedSmtpServer server;
        greet(server, {});
        if (afterGoAhead)
            server.expect(mailFrom, ok).expect(rcptTo(1), ok).expect(u"DATA"_qs, goAhead);
        else
            server.expect(mailFrom);
        server.closeConnection();
        QVERIFY(server.start());

        QByteArray data(messageSize, 'x');
        data.replace(qsizetype(0), 2, "\r\n");
        Driver driver(configFor(server.serverPort()), {message(1, data)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.failures.size(), 0);
        QCOMPARE(driver.outcomes.size(), 1);
        QCOMPARE(driver.outcomes.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.outcomes.first().phase, afterGoAhead ? SmtpPhase::Body : SmtpPhase::MailFrom);
        QVERIFY(!driver.outcomes.first().error.isEmpty());
    }

    void garbage_data()
    {
        QTest::addColumn<bool>("messageInFlight");
        QTest::addColumn<QByteArray>("garbage");
        QTest::addRow("EHLO, text") << false << QByteArrayLiteral("Hello, this is not SMTP\r\n");
        QTest::addRow("EHLO, HTTP") << false << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
        QTest::addRow("RCPT, text") << true << QByteArrayLiteral("???\r\n");
        QTest::addRow("RCPT, endless line") << true << QByteArray(5000, '2');
        QTest::addRow("RCPT, codes differ") << true << QByteArrayLiteral("250-Ok\r\n550 No\r\n");
    }

    void garbage()
    {
        QFETCH(bool, messageInFlight);
        QFETCH(QByteArray, garbage);
        ScriptedSmtpServer server;
        server.send(greeting);
        if (messageInFlight)
            server.expect(u"EHLO.*"_qs, ehloReply({})).expect(mailFrom, ok).expect(rcptTo(1), garbage);
        else
            server.expect(u"EHLO.*"_qs, garbage);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        const SmtpOutcome reason = messageInFlight ? driver.outcomes.value(0) : driver.failures.value(0);
        QCOMPARE(reason.kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(reason.phase, messageInFlight ? SmtpPhase::RcptTo : SmtpPhase::Ehlo);
        QVERIFY(!reason.error.isEmpty());
        QVERIFY(!server.received().contains("QUIT"));
    }

    // 421: the server is closing; messages in flight are Deferred with that reply (or keep a
    // refusal they already had), and the client does not say QUIT.
    void serviceClosing_data()
    {
        QTest::addColumn<int>("when");
        QTest::addRow("greeting") << 0;
        QTest::addRow("RCPT") << 1;
        QTest::addRow("two messages in flight") << 2;
    }

    void serviceClosing()
    {
        QFETCH(int, when);
        const QByteArray closing = QByteArrayLiteral("421 4.3.2 Service shutting down\r\n");
        ScriptedSmtpServer server;
        QList<SmtpMessage> messages{message(1)};
        if (when == 0) {
            server.send(closing);
        } else if (when == 1) {
            greet(server, {}).expect(mailFrom, ok).expect(rcptTo(1), closing);
        } else {
            greet(server, {"PIPELINING"})
                .expect(mailFrom).expect(rcptTo(1)).expect(u"DATA"_qs, ok + ok + goAhead).expectData()
                .expect(mailFrom).expect(rcptTo(2)).expect(u"DATA"_qs, closing);
            messages.append(message(2));
        }
        server.closeConnection();
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort()), messages);
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        const QList<SmtpOutcome> reasons = when == 0 ? driver.failures : driver.outcomes;
        QCOMPARE(reasons.size(), when == 2 ? 2 : 1);
        const QList<SmtpPhase> phases{SmtpPhase::Greeting, SmtpPhase::RcptTo, SmtpPhase::Body};
        QCOMPARE(reasons[0].phase, phases[when]);
        if (when == 2)
            QCOMPARE(reasons[1].phase, SmtpPhase::MailFrom);
        for (const SmtpOutcome &reason : reasons) {
            QCOMPARE(reason.kind, SmtpOutcome::Kind::Deferred);
            QCOMPARE(reason.reply.toString(), u"421 4.3.2 Service shutting down"_qs);
        }
        QVERIFY(!server.received().contains("QUIT"));
    }

    void startTls_data()
    {
        QTest::addColumn<TlsPolicy>("policy");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<bool>("encrypted"); // false: sent in clear, or (required) failed
        QTest::addRow("opportunistic") << TlsPolicy::Opportunistic << true << true;
        QTest::addRow("opportunistic, not offered") << TlsPolicy::Opportunistic << false << false;
        QTest::addRow("required") << TlsPolicy::Required << true << true;
        QTest::addRow("required, not offered") << TlsPolicy::Required << false << false;
        QTest::addRow("verify, not offered") << TlsPolicy::Verify << false << false;
        QTest::addRow("disabled, offered") << TlsPolicy::Disabled << true << false;
    }

    void startTls()
    {
        QFETCH(TlsPolicy, policy);
        QFETCH(bool, offered);
        QFETCH(bool, encrypted);
        const bool sends = encrypted || policy == TlsPolicy::Opportunistic || policy == TlsPolicy::Disabled;
        ScriptedSmtpServer server;
        greet(server, offered ? QList<QByteArray>{"PIPELINING", "STARTTLS"} : QList<QByteArray>{"PIPELINING"});
        if (encrypted) {
            server.expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n")
                .startTls(m_certificates.serverConfiguration())
                .expect(u"EHLO client\\.test"_qs, ehloReply({"PIPELINING"}));
        }
        if (sends) {
            acceptPipelined(server, 1);
            quit(server);
        }
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort(), policy), {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(server.wasEncrypted(), encrypted);
        QCOMPARE(driver.encrypted, encrypted && sends);
        if (sends) {
            QCOMPARE(driver.outcomes.value(0).kind, SmtpOutcome::Kind::Accepted);
        } else {
            QCOMPARE(driver.failures.size(), 1);
            QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
            QCOMPARE(driver.failures.first().phase, SmtpPhase::StartTls);
            QVERIFY(driver.failures.first().error.contains(u"STARTTLS"));
            QVERIFY(!server.received().contains("MAIL"));
        }
    }

    void startTlsRefused_data()
    {
        QTest::addColumn<TlsPolicy>("policy");
        QTest::addRow("opportunistic goes on in clear") << TlsPolicy::Opportunistic;
        QTest::addRow("required fails") << TlsPolicy::Required;
    }

    void startTlsRefused()
    {
        QFETCH(TlsPolicy, policy);
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"}).expect(u"STARTTLS"_qs, "454 4.7.0 TLS not available due to local problem\r\n");
        if (policy == TlsPolicy::Opportunistic) {
            acceptOne(server, 1);
            quit(server);
        }
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort(), policy), {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        if (policy == TlsPolicy::Opportunistic) {
            QCOMPARE(driver.outcomes.value(0).kind, SmtpOutcome::Kind::Accepted);
        } else {
            QCOMPARE(driver.failures.size(), 1);
            QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::Deferred);
            QCOMPARE(driver.failures.first().phase, SmtpPhase::StartTls);
            QCOMPARE(driver.failures.first().reply.code, 454);
        }
    }

    void verifyCertificate_data()
    {
        QTest::addColumn<bool>("trustTestAuthority");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<bool>("succeeds");
        QTest::addRow("the right authority and name") << true << u"localhost"_qs << true;
        QTest::addRow("the system's authorities") << false << u"localhost"_qs << false;
        QTest::addRow("another name") << true << u"mx.example.org"_qs << false;
        QTest::addRow("the address, not in the certificate") << true << QString() << false;
    }

    void verifyCertificate()
    {
        QFETCH(bool, trustTestAuthority);
        QFETCH(QString, serverName);
        QFETCH(bool, succeeds);
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"})
            .expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n")
            .startTls(m_certificates.serverConfiguration());
        if (succeeds) {
            server.expect(u"EHLO client\\.test"_qs, ehloReply({}));
            acceptOne(server, 1);
            quit(server);
        }
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort(), TlsPolicy::Verify);
        config.serverName = serverName;
        if (trustTestAuthority)
            config.caCertificates = m_certificates.caCertificates();

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        if (succeeds) {
            VERIFY_SCRIPT(server);
            QVERIFY(driver.encrypted);
            QCOMPARE(driver.outcomes.value(0).kind, SmtpOutcome::Kind::Accepted);
        } else {
            QCOMPARE(server.errors(), QStringList());
            QCOMPARE(driver.failures.size(), 1);
            const SmtpOutcome &failure = driver.failures.first();
            QCOMPARE(failure.kind, SmtpOutcome::Kind::ConnectionError);
            QCOMPARE(failure.phase, SmtpPhase::StartTls);
            QVERIFY2(failure.error.contains(u"certificate"), qPrintable(failure.error));
            QVERIFY(!server.received().contains("MAIL"));
        }
    }

    void handshakeFailure()
    {
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"})
            .expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n")
            .send("This is not a TLS server hello\r\n")
            .closeConnection();
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort(), TlsPolicy::Opportunistic), {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::StartTls);
        QVERIFY(!driver.failures.first().error.isEmpty());
    }

    // Bytes after "220" to STARTTLS and before the handshake could be an injection (RFC 3207 §6).
    void noPlainTextAfterStartTls()
    {
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"})
            .expect(u"STARTTLS"_qs, "220 2.0.0 Ready\r\n250 injected\r\n")
            .startTls(m_certificates.serverConfiguration())
            .expect(u"EHLO client\\.test"_qs, ehloReply({}));
        acceptOne(server, 1);
        quit(server);
        QVERIFY(server.start());

        Driver driver(configFor(server.serverPort(), TlsPolicy::Opportunistic), {message(1)});
        VERIFY_ACCOUNTING(driver);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::StartTls);
        QVERIFY(!server.wasEncrypted());
        QVERIFY(driver.sent.isEmpty());
    }

    void authOverTls_data()
    {
        QTest::addColumn<QByteArray>("mechanisms");
        QTest::addRow("PLAIN") << QByteArrayLiteral("AUTH LOGIN PLAIN");
        QTest::addRow("LOGIN") << QByteArrayLiteral("AUTH LOGIN");
    }

    void authOverTls()
    {
        QFETCH(QByteArray, mechanisms);
        const QByteArray user = QByteArrayLiteral("alice");
        const QByteArray password = QByteArrayLiteral("s3cr\xc3\xa9t");
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS", mechanisms})
            .expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n")
            .startTls(m_certificates.serverConfiguration())
            .expect(u"EHLO client\\.test"_qs, ehloReply({mechanisms}));
        if (mechanisms.contains("PLAIN")) {
            const QByteArray response = '\0' + user + '\0' + password;
            server.expect(u"AUTH PLAIN "_qs + QRegularExpression::escape(QString::fromLatin1(response.toBase64())),
                          "235 2.7.0 Authentication successful\r\n");
        } else {
            server.expect(u"AUTH LOGIN"_qs, "334 VXNlcm5hbWU6\r\n")
                .expect(QRegularExpression::escape(QString::fromLatin1(user.toBase64())), "334 UGFzc3dvcmQ6\r\n")
                .expect(QRegularExpression::escape(QString::fromLatin1(password.toBase64())),
                        "235 2.7.0 Authentication successful\r\n");
        }
        acceptOne(server, 1);
        quit(server);
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort(), TlsPolicy::Required);
        config.credentials = SmtpCredentials{QString::fromUtf8(user), QString::fromUtf8(password)};
        config.trace = true;

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.outcomes.value(0).kind, SmtpOutcome::Kind::Accepted);
        const QString traces = driver.traces.join(u'\n');
        QVERIFY2(traces.contains(mechanisms.contains("PLAIN") ? u"C: AUTH PLAIN ********" : u"C: ********"),
                 qPrintable(traces));
        QVERIFY(traces.contains(u"S: 235 2.7.0 Authentication successful"));
        QVERIFY(!traces.contains(QString::fromLatin1(user.toBase64())));
        QVERIFY(!traces.contains(QString::fromLatin1(password.toBase64())));
        QVERIFY(!traces.contains(QString::fromUtf8(password)));
    }

    void credentialsNeverSentInClear()
    {
        ScriptedSmtpServer server;
        greet(server, {"AUTH PLAIN LOGIN"});
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort(), TlsPolicy::Opportunistic);
        config.credentials = SmtpCredentials{u"alice"_qs, u"secret"_qs};

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::ConnectionError);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::Auth);
        QVERIFY(!driver.failures.first().error.isEmpty());
        QVERIFY(!server.received().contains("AUTH"));
    }

    void credentialsRefused()
    {
        ScriptedSmtpServer server;
        greet(server, {"STARTTLS"})
            .expect(u"STARTTLS"_qs, "220 2.0.0 Ready to start TLS\r\n")
            .startTls(m_certificates.serverConfiguration())
            .expect(u"EHLO client\\.test"_qs, ehloReply({"AUTH PLAIN"}))
            .expect(u"AUTH PLAIN .*"_qs, "535 5.7.8 Error: authentication failed\r\n");
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort(), TlsPolicy::Required);
        config.credentials = SmtpCredentials{u"alice"_qs, u"wrong"_qs};

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        QCOMPARE(driver.failures.size(), 1);
        QCOMPARE(driver.failures.first().kind, SmtpOutcome::Kind::Rejected);
        QCOMPARE(driver.failures.first().phase, SmtpPhase::Auth);
        QCOMPARE(driver.failures.first().reply.enhanced, u"5.7.8"_qs);
    }

    void trace_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addRow("on") << true;
        QTest::addRow("off") << false;
    }

    void trace()
    {
        QFETCH(bool, enabled);
        ScriptedSmtpServer server;
        greet(server, {"PIPELINING", "SIZE 1000"});
        server.expect(mailFrom + u" SIZE=\\d+"_qs).expect(rcptTo(1)).expect(u"DATA"_qs, ok + ok + goAhead).expectData(ok);
        quit(server);
        QVERIFY(server.start());
        SmtpSessionConfig config = configFor(server.serverPort());
        config.trace = enabled;

        Driver driver(config, {message(1)});
        VERIFY_ACCOUNTING(driver);
        VERIFY_SCRIPT(server);
        const QStringList expected{
            u"S: 220 mx.test ESMTP"_qs,
            u"C: EHLO client.test"_qs,
            u"S: 250-mx.test"_qs,
            u"S: 250-PIPELINING"_qs,
            u"S: 250 SIZE 1000"_qs,
            u"C: MAIL FROM:<sender@example.org> SIZE=21"_qs,
            u"C: RCPT TO:<r1@example.org>"_qs,
            u"C: DATA"_qs,
            u"S: 250 2.0.0 Ok"_qs,
            u"S: 250 2.0.0 Ok"_qs,
            u"S: 354 End data with <CR><LF>.<CR><LF>"_qs,
            u"C: (21 bytes of message data)"_qs,
            u"C: ."_qs,
            // The driver closes as soon as the data is written: QUIT waits for the last reply.
            u"S: 250 2.0.0 Ok"_qs,
            u"C: QUIT"_qs,
            u"S: 221 2.0.0 Bye"_qs,
        };
        QCOMPARE(driver.traces, enabled ? expected : QStringList());
    }

    void closeBeforeOpen()
    {
        ScriptedSmtpServer server;
        QVERIFY(server.start());
        Driver driver(configFor(server.serverPort()));
        driver.session.close();
        VERIFY_ACCOUNTING(driver);
        QVERIFY(driver.failures.isEmpty());
    }

    // Against smtp-sink ---------------------------------------------------------------------

    void sinkAcceptsManyMessagesOverOneSession()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        constexpr qint64 count = 300;
        const QByteArray body = QByteArrayLiteral(".leading dot\r\n..two dots\r\n.\r\nlast line");
        QList<SmtpMessage> messages;
        for (qint64 id = 1; id <= count; ++id)
            messages.append(message(id, "Subject: " + QByteArray::number(id) + "\r\n\r\n" + body));

        Driver driver(configFor(sink.port(), TlsPolicy::Opportunistic), messages);
        VERIFY_ACCOUNTING(driver);
        QVERIFY(driver.failures.isEmpty());
        QCOMPARE(driver.outcomes.size(), count);
        for (const SmtpOutcome &outcome : std::as_const(driver.outcomes))
            QCOMPARE(outcome.kind, SmtpOutcome::Kind::Accepted);
        QVERIFY(driver.session.capabilities().pipelining);
        QCOMPARE(driver.maxInFlight, 2);

        QVERIFY(sink.waitForMessages(count));
        const QList<QByteArray> captured = sink.messages();
        QCOMPARE(captured.size(), count);
        QList<qint64> recipients;
        for (const QByteArray &transaction : captured) {
            // De-stuffed by the server: the message as it was given, with LF line ends.
            QVERIFY2(transaction.contains("\n\n.leading dot\n..two dots\n.\nlast line\n"), transaction.constData());
            static const QByteArray rcptArgs = QByteArrayLiteral("X-Rcpt-Args: <r");
            const qsizetype at = transaction.indexOf(rcptArgs);
            QVERIFY2(at >= 0, transaction.constData());
            const qsizetype from = at + rcptArgs.size();
            recipients.append(transaction.mid(from, transaction.indexOf('@', at) - from).toLongLong());
        }
        std::sort(recipients.begin(), recipients.end());
        QCOMPARE(recipients.first(), 1);
        QCOMPARE(recipients.last(), count);
        QVERIFY(std::adjacent_find(recipients.begin(), recipients.end()) == recipients.end());
    }

    void sinkRefuses_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<SmtpOutcome::Kind>("kind");
        QTest::addColumn<SmtpPhase>("phase");
        QTest::addColumn<QString>("reply");
        const QString soft = u"450 4.3.0 Error: command failed"_qs;
        const QString hard = u"500 5.3.0 Error: command failed"_qs;
        using Kind = SmtpOutcome::Kind;
        const auto row = [&](const char *option, const char *command, Kind kind, SmtpPhase phase) {
            QTest::addRow("%s %s", option, command)
                << QStringList{QString::fromLatin1(option), QString::fromLatin1(command)} << kind << phase
                << (kind == Kind::Deferred ? soft : hard);
        };
        row("-r", "MAIL", Kind::Deferred, SmtpPhase::MailFrom);
        row("-r", "RCPT", Kind::Deferred, SmtpPhase::RcptTo);
        row("-f", "RCPT", Kind::Rejected, SmtpPhase::RcptTo);
        row("-f", "DATA", Kind::Rejected, SmtpPhase::Data);
        row("-r", ".", Kind::Deferred, SmtpPhase::Body);
        row("-f", ".", Kind::Rejected, SmtpPhase::Body);
    }

    // Every message refused the same way, one after the other on one session (with RSET between
    // them when the refusal leaves the transaction open): nothing reaches the sink's capture
    // unless the refusal comes after the data.
    void sinkRefuses()
    {
        QFETCH(QStringList, options);
        QFETCH(SmtpOutcome::Kind, kind);
        QFETCH(SmtpPhase, phase);
        QFETCH(QString, reply);
        test::SmtpSink sink(options);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));

        Driver driver(configFor(sink.port(), TlsPolicy::Opportunistic), {message(1), message(2), message(3)});
        VERIFY_ACCOUNTING(driver);
        QVERIFY(driver.failures.isEmpty());
        QCOMPARE(driver.outcomes.size(), 3);
        for (const SmtpOutcome &outcome : std::as_const(driver.outcomes)) {
            QCOMPARE(outcome.kind, kind);
            QCOMPARE(outcome.phase, phase);
            QCOMPARE(outcome.reply.toString(), reply);
        }
        if (phase != SmtpPhase::Body) {
            for (const QByteArray &transaction : sink.messages())
                QVERIFY2(!transaction.contains("Subject:"), transaction.constData());
        }
    }

    void sinkDisconnects_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<SmtpOutcome::Kind>("kind");
        QTest::addRow("-Q RCPT: 421") << u"-Q"_qs << SmtpOutcome::Kind::Deferred;
        QTest::addRow("-q RCPT: no reply") << u"-q"_qs << SmtpOutcome::Kind::ConnectionError;
    }

    void sinkDisconnects()
    {
        QFETCH(QString, option);
        QFETCH(SmtpOutcome::Kind, kind);
        test::SmtpSink sink({option, u"RCPT"_qs});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));

        Driver driver(configFor(sink.port(), TlsPolicy::Opportunistic), {message(1), message(2)});
        VERIFY_ACCOUNTING(driver);
        QVERIFY(driver.failures.isEmpty());
        QCOMPARE(driver.sent, QList<qint64>{1}); // the session closed under the first message
        QCOMPARE(driver.outcomes.first().kind, kind);
        QCOMPARE(driver.outcomes.first().phase, SmtpPhase::RcptTo);
        QCOMPARE(driver.outcomes.first().reply.code, kind == SmtpOutcome::Kind::Deferred ? 421 : 0);
    }

private:
    QTemporaryDir m_certificateFolder;
    test::TestCertificates m_certificates;
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
