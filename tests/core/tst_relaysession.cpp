// The relay's server side of SMTP without sockets: whole conversations fed in every split of
// the input (one byte at a time up to everything in one packet, as pipelining clients send),
// dot-unstuffing checked in the Maildir file, command errors, STARTTLS, every fault, the log.
#include "relay/relaycontext.h"
#include "relay/relaysession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

RelayProfile profile(const QByteArray &json)
{
    return RelayProfile::fromJson(json, u"test.json"_qs);
}

// Replaces queue ids, which hold the time, by "ID".
QByteArray withoutIds(QByteArray output)
{
    static const QRegularExpression id(u"queued as [0-9A-F]{14}"_qs);
    return QString::fromUtf8(output).replace(id, u"queued as ID"_qs).toUtf8();
}

// Opens a session and feeds it the input `chunk` bytes at a time; returns everything it wrote.
QByteArray converse(RelaySession &session, const QByteArray &input, qsizetype chunk = 1 << 20)
{
    session.open();
    QByteArray output = session.takeOutput();
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        session.receive(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i)));
        output += session.takeOutput();
    }
    return withoutIds(output);
}

QByteArray converse(RelayContext &context, const QByteArray &input, qsizetype chunk = 1 << 20, quint64 connection = 1)
{
    RelaySession session(context, connection, false);
    return converse(session, input, chunk);
}

QList<QByteArray> maildirFiles(const QString &path)
{
    QList<QByteArray> contents;
    const QDir folder(path + u"/new"_qs);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            contents.append(file.readAll());
    }
    return contents;
}

QList<QJsonObject> logEvents(const QString &path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

const QByteArray greeting = "220 relay.test ESMTP Diffusion relay\r\n";
const QByteArray ehloReply = "250-relay.test\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n";
const QByteArray ehloReplyEnd = "250 ENHANCEDSTATUSCODES\r\n";

// The built-in rules under a fixed name, so that replies are known in advance.
const QByteArray builtInRules = R"({"hostname": "relay.test", "rules": [
    {"match": "*@*.invalid", "reply": "550 5.1.1 <{address}>: Recipient address rejected: User unknown"},
    {"match": "*@mailbox-full.test", "reply": "452 4.2.2 <{address}>: Mailbox full"},
    {"match": "*@throttle.test", "reply": "421 4.7.0 Rate limited, try again later", "count": 3},
    {"match": "*", "phase": "dot", "reply": "250 2.0.0 Ok: queued as {id}"}]})";

// The content as the client means it, then as it goes on the wire (dot-stuffed).
const QByteArray content = "From: a@example.test\r\nSubject: dots\r\n\r\n.\r\n..\r\n.leading\r\n. \r\n"
                           "a.b\r\n.\r\r\n\r\n.x.\r\nend\r\n";
const QByteArray stuffed = "From: a@example.test\r\nSubject: dots\r\n\r\n..\r\n...\r\n..leading\r\n.. \r\n"
                           "a.b\r\n..\r\r\n\r\n..x.\r\nend\r\n";

} // namespace

class TestRelaySession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationInEverySplit_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (const qsizetype chunk : {1, 2, 3, 5, 7, 13, 64, 1 << 20})
            QTest::addRow("%lld bytes at a time", qint64(chunk)) << chunk;
    }

    void conversationInEverySplit()
    {
        QFETCH(qsizetype, chunk);
        QTemporaryDir dir;
        RelayContext context(profile(builtInRules), std::nullopt, std::make_unique<RelayMaildir>(dir.path()));
        const QByteArray input = "EHLO client.test\r\n"
                                 "MAIL FROM:<sender@example.test> SIZE=400 BODY=8BITMIME\r\n"
                                 "RCPT TO:<ann@example.test>\r\n"
                                 "RCPT TO:<bob@nowhere.invalid>\r\n"
                                 "RCPT TO:<cy@mailbox-full.test>\r\n"
                                 "rcpt to: <dee@Example.test>\r\n"
                                 "DATA\r\n" + stuffed + ".\r\n"
                                 "NOOP\r\n"
                                 "MAIL FROM:<>\r\n"
                                 "RCPT TO:<eve@example.test>\r\n"
                                 "RSET\r\n"
                                 "MAIL FROM:<>\r\n"
                                 "RCPT TO:<fay@example.test>\r\n"
                                 "DATA\r\n.\r\n"
                                 "QUIT\r\n"
                                 "NOOP\r\n"; // after QUIT: never answered
        const QByteArray expected = greeting + ehloReply + ehloReplyEnd
            + "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"
              "550 5.1.1 <bob@nowhere.invalid>: Recipient address rejected: User unknown\r\n"
              "452 4.2.2 <cy@mailbox-full.test>: Mailbox full\r\n"
              "250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n250 2.0.0 Ok: queued as ID\r\n"
              "250 2.0.0 Ok\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok\r\n"
              "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n250 2.0.0 Ok: queued as ID\r\n"
              "221 2.0.0 Bye\r\n";
        RelaySession session(context, 1, false);
        QCOMPARE(converse(session, input, chunk), expected);
        QCOMPARE(session.wait(), RelaySession::Wait::Close);
        QCOMPARE(session.closeReason(), QLatin1StringView("quit"));
        QCOMPARE(session.transactions(), 3);

        const QList<QByteArray> files = maildirFiles(dir.path());
        QCOMPARE(files.size(), 2);
        const QByteArray first = "X-Diffusion-Envelope-From: <sender@example.test>\r\n"
                                 "X-Diffusion-Envelope-To: <ann@example.test>\r\n"
                                 "X-Diffusion-Envelope-To: <dee@Example.test>\r\n" + content;
        const QByteArray second = "X-Diffusion-Envelope-From: <>\r\nX-Diffusion-Envelope-To: <fay@example.test>\r\n";
        QVERIFY(files.contains(first));
        QVERIFY(files.contains(second));
    }

    void bareLineFeedsAreTolerated()
    {
        QTemporaryDir dir;
        RelayContext context(profile(builtInRules), std::nullopt, std::make_unique<RelayMaildir>(dir.path()));
        const QByteArray output = converse(context, "HELO client.test\nMAIL FROM:a@example.test\nRCPT TO:b@example.test\n"
                                                    "DATA\nline\n..dot\n.\nQUIT\n", 3);
        QCOMPARE(output, greeting + "250 relay.test\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
                                    "250 2.0.0 Ok: queued as ID\r\n221 2.0.0 Bye\r\n");
        QCOMPARE(maildirFiles(dir.path()),
                 QList<QByteArray>{"X-Diffusion-Envelope-From: <a@example.test>\r\nX-Diffusion-Envelope-To: <b@example.test>\r\nline\n.dot\n"});
    }

    void commandErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("replies"); // after the greeting
        const QByteArray ehlo = "EHLO c.test\r\n";
        const QByteArray ehloed = ehloReply + ehloReplyEnd;
        QTest::newRow("MAIL before EHLO") << QByteArray("MAIL FROM:<a@b.test>\r\n") << QByteArray("503 5.5.1 Error: send HELO/EHLO first\r\n");
        QTest::newRow("EHLO without name") << QByteArray("EHLO\r\n") << QByteArray("501 5.5.4 Syntax: EHLO hostname\r\n");
        QTest::newRow("RCPT before MAIL") << ehlo + "RCPT TO:<a@b.test>\r\n" << ehloed + "503 5.5.1 Error: need MAIL command\r\n";
        QTest::newRow("DATA before MAIL") << ehlo + "DATA\r\n" << ehloed + "503 5.5.1 Error: need MAIL command\r\n";
        QTest::newRow("DATA without recipients") << ehlo + "MAIL FROM:<>\r\nRCPT TO:<x@y.invalid>\r\nDATA\r\n"
            << ehloed + "250 2.1.0 Ok\r\n550 5.1.1 <x@y.invalid>: Recipient address rejected: User unknown\r\n554 5.5.1 Error: no valid recipients\r\n";
        QTest::newRow("nested MAIL") << ehlo + "MAIL FROM:<>\r\nMAIL FROM:<>\r\n" << ehloed + "250 2.1.0 Ok\r\n503 5.5.1 Error: nested MAIL command\r\n";
        QTest::newRow("MAIL syntax") << ehlo + "MAIL TO:<a@b.test>\r\nMAIL FROM:<a@b.test\r\n"
                                     << ehloed + "501 5.5.4 Syntax: MAIL FROM:<address>\r\n501 5.5.4 Syntax: MAIL FROM:<address>\r\n";
        QTest::newRow("unknown MAIL parameter") << ehlo + "MAIL FROM:<a@b.test> SMTPUTF8\r\n" << ehloed + "555 5.5.4 Unsupported option: SMTPUTF8\r\n";
        QTest::newRow("parameters after HELO") << QByteArray("HELO c.test\r\nMAIL FROM:<a@b.test> SIZE=10\r\n")
                                               << QByteArray("250 relay.test\r\n555 5.5.4 Unsupported option: SIZE=10\r\n");
        QTest::newRow("SIZE too large") << ehlo + "MAIL FROM:<a@b.test> SIZE=52428801\r\n" << ehloed + "552 5.3.4 Message size exceeds fixed limit\r\n";
        QTest::newRow("RCPT syntax") << ehlo + "MAIL FROM:<>\r\nRCPT TO:<>\r\nRCPT <a@b.test>\r\nRCPT TO:<a@b.test> NOTIFY=NEVER\r\n"
            << ehloed + "250 2.1.0 Ok\r\n501 5.1.3 Bad recipient address syntax\r\n501 5.5.4 Syntax: RCPT TO:<address>\r\n"
                        "555 5.5.4 Unsupported option: NOTIFY=NEVER\r\n";
        QTest::newRow("source route dropped") << ehlo + "MAIL FROM:<@relay.test:a@b.test>\r\n" << ehloed + "250 2.1.0 Ok\r\n";
        QTest::newRow("unknown command") << QByteArray("BDAT 10 LAST\r\nHELP\r\n")
                                         << QByteArray("502 5.5.2 Error: command not recognized\r\n502 5.5.2 Error: command not recognized\r\n");
        QTest::newRow("STARTTLS not offered") << ehlo + "STARTTLS\r\n" << ehloed + "502 5.5.1 Error: command not implemented\r\n";
        QTest::newRow("long line, then on") << QByteArray(5000, 'x') + "\r\nNOOP\r\n"
                                            << QByteArray("500 5.5.2 Error: line too long\r\n250 2.0.0 Ok\r\n");
        QTest::newRow("VRFY") << QByteArray("VRFY a\r\n") << QByteArray("252 2.0.0 Cannot VRFY the user, but will accept mail for it\r\n");
    }

    void commandErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, replies);
        for (const qsizetype chunk : {qsizetype(1), input.size()}) {
            RelayContext context(profile(builtInRules));
            QCOMPARE(converse(context, input, chunk), greeting + replies);
        }
    }

    void tooManyErrorsEndTheSession()
    {
        RelayContext context(profile(builtInRules));
        RelaySession session(context, 1, false);
        const QByteArray output = converse(session, QByteArray("XXXX\r\n").repeated(25), 6);
        QCOMPARE(output.count("502 5.5.2"), 20);
        QVERIFY(output.endsWith("421 4.7.0 Error: too many errors\r\n"));
        QCOMPARE(session.wait(), RelaySession::Wait::Close);
        QCOMPARE(session.closeReason(), QLatin1StringView("errors"));
    }

    void messageTooLarge()
    {
        QTemporaryDir dir;
        RelayContext context(profile(R"({"hostname": "relay.test", "max_size": 20})"), std::nullopt,
                             std::make_unique<RelayMaildir>(dir.path()));
        const QByteArray output = converse(context, "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<a@b.test>\r\nDATA\r\n"
                                                    "0123456789\r\n0123456789\r\n.\r\n"
                                                    "MAIL FROM:<>\r\nRCPT TO:<a@b.test>\r\nDATA\r\n0123456789\r\n.\r\n", 4);
        QVERIFY2(output.endsWith("354 End data with <CR><LF>.<CR><LF>\r\n552 5.3.4 Message size exceeds fixed limit\r\n"
                                 "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n250 2.0.0 Ok: queued as ID\r\n"),
                 output.constData());
        QCOMPARE(maildirFiles(dir.path()).size(), 1);
    }

    void startTlsDiscardsWhatFollowsInClear()
    {
        RelayContext context(profile(builtInRules));
        RelaySession session(context, 1, true);
        QByteArray output = converse(session, "EHLO c.test\r\nSTARTTLS\r\nMAIL FROM:<injected@evil.test>\r\n", 1 << 20);
        QCOMPARE(output, greeting + ehloReply + "250-ENHANCEDSTATUSCODES\r\n250 STARTTLS\r\n220 2.0.0 Ready to start TLS\r\n");
        QCOMPARE(session.wait(), RelaySession::Wait::TlsHandshake);
        session.receive("more clear text\r\n");
        QVERIFY(session.takeOutput().isEmpty());
        session.tlsEstablished();
        QVERIFY(session.encrypted());
        // The injected MAIL is gone, and EHLO is needed again; STARTTLS is no longer offered.
        session.receive("MAIL FROM:<a@b.test>\r\nEHLO c.test\r\nSTARTTLS\r\n");
        QCOMPARE(session.takeOutput(), "503 5.5.1 Error: send HELO/EHLO first\r\n" + ehloReply + ehloReplyEnd
                                           + "503 5.5.1 Error: TLS already active\r\n");
    }

    void dotRulesAnswerAfterTheContent()
    {
        RelayContext context(profile(R"({"hostname": "relay.test", "rules": [
            {"match": "spam.test", "phase": "dot", "reply": "554 5.7.1 <{address}>: Message rejected as spam"},
            {"match": "soft.test", "phase": "dot", "reply": "451 4.3.0 <{address}>: Try later"},
            {"match": "ok.test", "phase": "dot", "reply": "250 2.0.0 Fine {id}"}]})"));
        const QByteArray transaction = "MAIL FROM:<>\r\nRCPT TO:<a@ok.test>\r\nRCPT TO:<b@soft.test>\r\nRCPT TO:<c@spam.test>\r\nDATA\r\nx\r\n.\r\n";
        const QByteArray output = converse(context, "HELO c\r\n" + transaction + "MAIL FROM:<>\r\nRCPT TO:<a@ok.test>\r\nDATA\r\nx\r\n.\r\n");
        QVERIFY2(output.contains("250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
                                 "451 4.3.0 <b@soft.test>: Try later\r\n"), output.constData());
        static const QRegularExpression fine(u"250 2\\.0\\.0 Fine [0-9A-F]{14}\r\n$"_qs);
        QVERIFY2(fine.match(QString::fromUtf8(output)).hasMatch(), output.constData());
    }

    void throttleClosesTheConnection()
    {
        RelayContext context(profile(builtInRules));
        for (int attempt = 1; attempt <= 4; ++attempt) {
            RelaySession session(context, quint64(attempt), false);
            const QByteArray output = converse(session, "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<t@throttle.test>\r\nNOOP\r\n");
            if (attempt <= 3) {
                // 421 closes the session (RFC 5321 §3.8): the pipelined NOOP is never answered.
                QVERIFY(output.endsWith("250 2.1.0 Ok\r\n421 4.7.0 Rate limited, try again later\r\n"));
                QCOMPARE(session.wait(), RelaySession::Wait::Close);
                QCOMPARE(session.closeReason(), QLatin1StringView("reply"));
            } else {
                QVERIFY(output.endsWith("250 2.1.5 Ok\r\n250 2.0.0 Ok\r\n"));
                QCOMPARE(session.wait(), RelaySession::Wait::Nothing);
            }
        }
    }

    void rejectConnectionOnTheFirstOnes()
    {
        RelayContext context(profile(R"({"hostname": "relay.test", "faults": [{"fault": "reject-connection", "connections": 2}]})"));
        for (quint64 connection = 1; connection <= 3; ++connection) {
            RelaySession session(context, connection, false);
            const QByteArray output = converse(session, "EHLO c\r\n");
            if (connection <= 2) {
                QCOMPARE(output, QByteArray("421 4.3.2 Service not available, closing transmission channel\r\n"));
                QCOMPARE(session.closeReason(), QLatin1StringView("refused"));
            } else {
                QCOMPARE(output, greeting + "250-relay.test\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n" + ehloReplyEnd);
            }
        }
    }

    void delayHoldsTheReplyAndWhatFollows()
    {
        RelayContext context(profile(R"({"hostname": "relay.test", "faults": [
            {"fault": "delay", "phase": "greeting", "ms": 700},
            {"fault": "delay", "phase": "rcpt", "match": "slow.test", "ms": 300}]})"));
        RelaySession session(context, 1, false);
        session.open();
        QVERIFY(session.takeOutput().isEmpty());
        QCOMPARE(session.wait(), RelaySession::Wait::Delay);
        QCOMPARE(session.delayMs(), 700);
        session.receive("HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<a@slow.test>\r\nRCPT TO:<b@fast.test>\r\nQUIT\r\n");
        QVERIFY(session.takeOutput().isEmpty());
        session.resume();
        QCOMPARE(session.takeOutput(), greeting + "250 relay.test\r\n250 2.1.0 Ok\r\n");
        QCOMPARE(session.wait(), RelaySession::Wait::Delay);
        QCOMPARE(session.delayMs(), 300);
        session.resume();
        QCOMPARE(session.takeOutput(), "250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n221 2.0.0 Bye\r\n");
        QCOMPARE(session.wait(), RelaySession::Wait::Close);
    }

    void stallAnswersNothingMore()
    {
        RelayContext context(profile(R"({"faults": [{"fault": "stall", "phase": "rcpt", "match": "*@stall.test"}]})"));
        RelaySession session(context, 1, false);
        const QByteArray output = converse(session, "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<a@ok.test>\r\nRCPT TO:<b@stall.test>\r\nNOOP\r\n");
        QVERIFY2(output.endsWith("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"), output.constData());
        QCOMPARE(session.wait(), RelaySession::Wait::Stall);
        session.receive("NOOP\r\n");
        QVERIFY(session.takeOutput().isEmpty());
    }

    void garbageReplacesTheReply()
    {
        RelayContext context(profile(R"({"hostname": "relay.test", "faults": [{"fault": "garbage", "phase": "rcpt", "text": "\u0000\u00ff?"}]})"));
        const QByteArray output = converse(context, "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<a@b.test>\r\nDATA\r\n", 5);
        QCOMPARE(output, greeting + "250 relay.test\r\n250 2.1.0 Ok\r\n" + QByteArray("\x00\xc3\xbf?\r\n", 6)
                             + "554 5.5.1 Error: no valid recipients\r\n");
    }

    void dropInTheMiddleOfTheContent()
    {
        QTemporaryDir dir;
        RelayContext context(profile(R"({"faults": [{"fault": "drop", "after_bytes": 10}]})"), std::nullopt,
                             std::make_unique<RelayMaildir>(dir.path()));
        RelaySession session(context, 1, false);
        const QByteArray output = converse(session, "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<a@b.test>\r\nDATA\r\n12345\r\n67890\r\n.\r\n", 3);
        QVERIFY2(output.endsWith("354 End data with <CR><LF>.<CR><LF>\r\n"), output.constData());
        QCOMPARE(session.wait(), RelaySession::Wait::Close);
        QCOMPARE(session.closeReason(), QLatin1StringView("fault"));
        QVERIFY(maildirFiles(dir.path()).isEmpty());
    }

    void tlsFailureAnswersTheClientHelloWithAnAlert()
    {
        RelayContext context(profile(R"({"hostname": "relay.test", "faults": [{"fault": "tls-failure"}]})"));
        RelaySession session(context, 1, false); // no certificate: the fault alone offers STARTTLS
        QByteArray output = converse(session, "EHLO c\r\nSTARTTLS\r\n");
        QVERIFY(output.endsWith("250 STARTTLS\r\n220 2.0.0 Ready to start TLS\r\n"));
        QCOMPARE(session.wait(), RelaySession::Wait::Nothing);
        session.receive("\x16\x03\x01\x02\x00\x01");
        QCOMPARE(session.takeOutput(), QByteArray("\x15\x03\x01\x00\x02\x02\x28", 7));
        QCOMPARE(session.wait(), RelaySession::Wait::Close);
    }

    void logsTransactionsExactly()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(u"relay.log"_qs);
        RelayContext context(profile(builtInRules), std::nullopt, nullptr, std::make_unique<RelayLog>(logPath));
        const quint64 id = context.connectionOpened(u"127.0.0.1:4000"_qs);
        RelaySession session(context, id, false);
        converse(session, "EHLO c\r\nMAIL FROM:<s@example.test>\r\nRCPT TO:<a@example.test>\r\nRCPT TO:<b@x.invalid>\r\n"
                          "DATA\r\n" + stuffed + ".\r\nMAIL FROM:<>\r\nRCPT TO:<c@example.test>\r\nRSET\r\nMAIL FROM:<>\r\n", 7);
        session.connectionLost();
        context.connectionClosed(id, session.transactions(), QLatin1StringView("client"));

        const QList<QJsonObject> events = logEvents(logPath);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[0][u"event"_qs], u"open"_qs);
        QCOMPARE(events[0][u"connection"_qs].toInt(), 1);
        QCOMPARE(events[0][u"open"_qs].toInt(), 1);
        QCOMPARE(events[0][u"peer"_qs], u"127.0.0.1:4000"_qs);
        const QJsonObject first = events[1];
        QCOMPARE(first[u"event"_qs], u"transaction"_qs);
        QCOMPARE(first[u"index"_qs].toInt(), 1);
        QCOMPARE(first[u"from"_qs], u"s@example.test"_qs);
        QCOMPARE(first[u"to"_qs].toVariant().toStringList(), QStringList{u"a@example.test"_qs});
        QCOMPARE(QJsonDocument(first[u"rcpt"_qs].toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"code":250,"to":"a@example.test"},{"code":550,"to":"b@x.invalid"}])"));
        QCOMPARE(first[u"code"_qs].toInt(), 250);
        QCOMPARE(first[u"size"_qs].toInt(), content.size());
        QCOMPARE(first[u"end"_qs], u"dot"_qs);
        QCOMPARE(first[u"id"_qs].toString().size(), 14);
        QCOMPARE(events[2][u"index"_qs].toInt(), 2);
        QCOMPARE(events[2][u"end"_qs], u"rset"_qs);
        QVERIFY(events[2][u"code"_qs].isNull());
        QCOMPARE(events[3][u"index"_qs].toInt(), 3);
        QCOMPARE(events[3][u"end"_qs], u"closed"_qs);
        QCOMPARE(events[4][u"event"_qs], u"close"_qs);
        QCOMPARE(events[4][u"open"_qs].toInt(), 0);
        QCOMPARE(events[4][u"transactions"_qs].toInt(), 3);
        QCOMPARE(events[4][u"reason"_qs], u"client"_qs);
        for (const QJsonObject &event : events)
            QVERIFY(QDateTime::fromString(event[u"time"_qs].toString(), Qt::ISODateWithMs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRelaySession)
#include "tst_relaysession.moc"
