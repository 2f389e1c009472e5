// The real-server fixtures (tests/support: PostfixServer, SmtpSink, freePort), checked with a
// client that is not ours: Python's smtplib (tests/support/smtp_send.py). What these tests
// establish is what the engine tests may take for granted about the servers.
#include "freeport.h"
#include "postfixserver.h"
#include "process.h"
#include "smtpsink.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace diffusion::test;

namespace {

struct Send {
    quint16 port = 0;
    QString from;
    QStringList to;
    QByteArray message;
    QStringList options; // --starttls, --cafile PEM, --server-name NAME
};

// smtp_send.py's report: every reply as [code, text], "error" when it stopped early.
QJsonObject send(const Send &mail)
{
    QStringList arguments{QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/support/smtp_send.py"), u"--port"_qs,
                          QString::number(mail.port), u"--from"_qs, mail.from};
    for (const QString &recipient : mail.to)
        arguments << u"--to"_qs << recipient;
    const ProcessResult result = runProcess(u"/usr/bin/python3"_qs, arguments + mail.options, mail.message);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    if (report.isEmpty())
        qWarning("smtp_send.py said nothing useful: %s %s", result.out.constData(), result.err.constData());
    return report;
}

int code(const QJsonValue &reply)
{
    return reply.toArray().at(0).toInt();
}

QString text(const QJsonValue &reply)
{
    return reply.toArray().at(1).toString();
}

QByteArray testMessage(const QByteArray &to, const QByteArray &subject)
{
    // A line that needs dot-stuffing, UTF-8 in the body, a folded header: none of it may change.
    return "From: Diffusion <news@example.test>\r\n"
           "To: <" + to + ">\r\n"
           "Subject: " + subject + "\r\n"
           "Message-ID: <" + subject + ".fixture@example.test>\r\n"
           "X-Folded: one,\r\n two\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "\r\n"
           "Bonjour,\r\n"
           ".a line that starts with a dot\r\n"
           "Voici les nouveaut\xc3\xa9s.\r\n";
}

} // namespace

class TestPostfixFixture final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostfixServer> m_postfix; // TLS, ann and bob at example.test

private slots:
    void initTestCase()
    {
        PostfixServer::Options options;
        options.users = {u"ann@example.test"_qs, u"bob@example.test"_qs};
        options.tls = true;
        m_postfix = std::make_unique<PostfixServer>(options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));
        qInfo("PostfixServer::start() with TLS, first time: %lld ms", timer.elapsed());
        QVERIFY(m_postfix->port() != 0);
        QCOMPARE(listenerCount(m_postfix->port()), 1);
    }

    void cleanupTestCase()
    {
        m_postfix.reset();
    }

    void freePortIsFreeAndReserved()
    {
        const quint16 first = freePort();
        const quint16 second = freePort();
        QVERIFY(first != 0);
        QVERIFY(second != 0);
        QVERIFY(first != second);
        QCOMPARE(listenerCount(first), 0);
        QVERIFY(!waitUntilListening(first, 100));
        releasePort(first);
        releasePort(second);
    }

    void knownUserGetsTheExactBytes()
    {
        const QByteArray message = testMessage("ann@example.test", "exact");
        const QJsonObject report = send({m_postfix->port(), u"sender@elsewhere.test"_qs, {u"ann@example.test"_qs}, message, {}});
        QVERIFY2(!report.contains(u"error"_qs), qPrintable(report.value(u"error"_qs).toString()));
        QCOMPARE(code(report.value(u"greeting"_qs)), 220);
        QCOMPARE(code(report.value(u"rcpt"_qs).toObject().value(u"ann@example.test"_qs)), 250);
        QCOMPARE(code(report.value(u"data"_qs)), 250);
        QVERIFY2(text(report.value(u"data"_qs)).startsWith(u"2.0.0 Ok: queued as "_qs), qPrintable(text(report.value(u"data"_qs))));

        QVERIFY2(m_postfix->waitForMessages(u"ann@example.test"_qs, 1), m_postfix->maillog().constData());
        const QByteArray delivered = m_postfix->messages(u"ann@example.test"_qs).last();
        QVERIFY(delivered.startsWith("Return-Path: <sender@elsewhere.test>\n"));
        QVERIFY(delivered.contains("\nDelivered-To: ann@example.test\n"));
        QCOMPARE(PostfixServer::asSent(delivered), message);
        QVERIFY(m_postfix->messages(u"bob@example.test"_qs).isEmpty());
    }

    void unknownUserIsRefusedAtRcpt()
    {
        const QJsonObject report = send({m_postfix->port(), u"sender@elsewhere.test"_qs,
                                         {u"nobody@example.test"_qs, u"someone@outside.test"_qs},
                                         testMessage("nobody@example.test", "unknown"), {}});
        QVERIFY2(!report.contains(u"error"_qs), qPrintable(report.value(u"error"_qs).toString()));
        const QJsonObject rcpt = report.value(u"rcpt"_qs).toObject();
        QCOMPARE(code(rcpt.value(u"nobody@example.test"_qs)), 550);
        QCOMPARE(text(rcpt.value(u"nobody@example.test"_qs)),
                 u"5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in virtual mailbox table"_qs);
        QCOMPARE(code(rcpt.value(u"someone@outside.test"_qs)), 554);
        QCOMPARE(text(rcpt.value(u"someone@outside.test"_qs)), u"5.7.1 <someone@outside.test>: Relay access denied"_qs);
        QVERIFY(!report.contains(u"data"_qs)); // no recipient, no DATA
    }

    void starttls_data()
    {
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("failure"); // empty: TLS works and the message goes through

        QTest::newRow("test CA, IP address") << true << QString() << QString();
        QTest::newRow("test CA, localhost") << true << u"localhost"_qs << QString();
        QTest::newRow("system authorities") << false << QString() << u"CERTIFICATE_VERIFY_FAILED"_qs;
        QTest::newRow("test CA, other name") << true << u"mx.other.test"_qs << u"CERTIFICATE_VERIFY_FAILED"_qs;
    }

    void starttls()
    {
        QFETCH(bool, trustTestCa);
        QFETCH(QString, serverName);
        QFETCH(QString, failure);
        QVERIFY(QFileInfo::exists(m_postfix->caCertificatePath()));

        QStringList options{u"--starttls"_qs};
        if (trustTestCa)
            options << u"--cafile"_qs << m_postfix->caCertificatePath();
        if (!serverName.isEmpty())
            options << u"--server-name"_qs << serverName;
        const QJsonObject report = send({m_postfix->port(), u"sender@elsewhere.test"_qs, {u"bob@example.test"_qs},
                                         testMessage("bob@example.test", "tls"), options});
        QVERIFY(text(report.value(u"ehlo"_qs)).contains(u"STARTTLS"_qs));
        if (!failure.isEmpty()) {
            QVERIFY2(report.value(u"error"_qs).toString().contains(failure), qPrintable(report.value(u"error"_qs).toString()));
            QVERIFY(!report.contains(u"tls"_qs));
            return;
        }
        QVERIFY2(!report.contains(u"error"_qs), qPrintable(report.value(u"error"_qs).toString()));
        QCOMPARE(code(report.value(u"starttls"_qs)), 220);
        QVERIFY(report.value(u"tls"_qs).toObject().value(u"version"_qs).toString().startsWith(u"TLSv1."_qs));
        QCOMPARE(code(report.value(u"ehlo_after_tls"_qs)), 250);
        QVERIFY(!text(report.value(u"ehlo_after_tls"_qs)).contains(u"STARTTLS"_qs));
        QCOMPARE(code(report.value(u"data"_qs)), 250);
    }

    void bouncerSendsADsnToTheSender()
    {
        // Postfix accepts both domains and relays them to smtp-sinks that refuse every RCPT,
        // hard.test with 500, soft.test with 450: both come back as DSNs to the sender's mailbox.
        PostfixServer::Options options;
        options.users = {u"sender@example.test"_qs};
        options.relayDomains = {{u"hard.test"_qs, {u"-f"_qs, u"RCPT"_qs}}, {u"soft.test"_qs, {u"-r"_qs, u"RCPT"_qs}}};
        PostfixServer postfix(options);
        QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
        QVERIFY(postfix.relaySink(u"hard.test"_qs));

        QElapsedTimer timer;
        timer.start();
        const QJsonObject report = send({postfix.port(), u"sender@example.test"_qs, {u"gone@hard.test"_qs, u"later@soft.test"_qs},
                                         testMessage("gone@hard.test", "bounce"), {}});
        QVERIFY2(!report.contains(u"error"_qs), qPrintable(report.value(u"error"_qs).toString()));
        QCOMPARE(code(report.value(u"rcpt"_qs).toObject().value(u"gone@hard.test"_qs)), 250);
        QCOMPARE(code(report.value(u"rcpt"_qs).toObject().value(u"later@soft.test"_qs)), 250);
        QCOMPARE(code(report.value(u"data"_qs)), 250);

        // One DSN per refused recipient, the hard refusal at once, the soft one after its only
        // attempt (maximal_queue_lifetime = 0).
        QVERIFY2(postfix.waitForMessages(u"sender@example.test"_qs, 2), postfix.maillog().constData());
        QVERIFY(postfix.waitForEmptyQueue());
        qInfo("both DSNs in the sender's mailbox %lld ms after the message was sent", timer.elapsed());
        const QList<QByteArray> dsns = postfix.messages(u"sender@example.test"_qs);
        QCOMPARE(dsns.size(), 2);
        const bool hardFirst = dsns.at(0).contains("Status: 5.3.0");
        const QByteArray hard = dsns.at(hardFirst ? 0 : 1);
        const QByteArray soft = dsns.at(hardFirst ? 1 : 0);
        for (const QByteArray &dsn : dsns) {
            QVERIFY2(dsn.startsWith("Return-Path: <>\n"), dsn.constData());
            QVERIFY(dsn.contains("\nFrom: Mail Delivery System <MAILER-DAEMON@localhost>\n"));
            QVERIFY(dsn.contains("\nContent-Type: multipart/report; report-type=delivery-status;"));
            QVERIFY(dsn.contains("\nMessage-ID: <bounce.fixture@example.test>\n")); // the returned message
        }
        QVERIFY2(hard.contains("\nFinal-Recipient: rfc822; gone@hard.test\nOriginal-Recipient: rfc822;gone@hard.test\n"
                               "Action: failed\nStatus: 5.3.0\nRemote-MTA: dns; 127.0.0.1\n"
                               "Diagnostic-Code: smtp; 500 5.3.0 Error: command failed\n"), hard.constData());
        QVERIFY2(soft.contains("\nFinal-Recipient: rfc822; later@soft.test\nOriginal-Recipient: rfc822;later@soft.test\n"
                               "Action: failed\nStatus: 4.3.0\nRemote-MTA: dns; 127.0.0.1\n"
                               "Diagnostic-Code: smtp; 450 4.3.0 Error: command failed\n"), soft.constData());
        QCOMPARE(postfix.relaySink(u"hard.test"_qs)->messageCount(), 0); // refused before DATA
    }

    void smtpSinkAcceptsMessages()
    {
        SmtpSink sink;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        qInfo("SmtpSink::start(): %lld ms", timer.elapsed());
        QCOMPARE(listenerCount(sink.port()), 1);
        const int count = 4;
        for (int i = 0; i < count; ++i) {
            const QJsonObject report = send({sink.port(), u"news@example.test"_qs, {u"r%1@sink.test"_qs.arg(i)},
                                             testMessage("r@sink.test", "sink-" + QByteArray::number(i)), {}});
            QCOMPARE(code(report.value(u"data"_qs)), 250);
        }
        QVERIFY(sink.waitForMessages(count));
        const QList<QByteArray> messages = sink.messages();
        QCOMPARE(messages.size(), count);
        for (int i = 0; i < count; ++i) {
            QVERIFY(messages.at(i).contains("X-Mail-Args: <news@example.test>\n"));
            QVERIFY(messages.at(i).contains(QByteArray("X-Rcpt-Args: <r" + QByteArray::number(i) + "@sink.test>\n")));
            QVERIFY(messages.at(i).contains("\n.a line that starts with a dot\n"));
        }
    }

    void smtpSinkRestartsOnItsPort()
    {
        SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const quint16 port = sink.port();
        sink.stop();
        QVERIFY(!sink.isRunning());
        QVERIFY(!waitUntilListening(port, 100));
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QCOMPARE(sink.port(), port);
        QVERIFY(waitUntilListening(port, 5000));
    }

    void smtpSinkSoftRefusals()
    {
        SmtpSink sink({u"-r"_qs, u"RCPT"_qs});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QJsonObject report = send({sink.port(), u"news@example.test"_qs, {u"a@sink.test"_qs},
                                         testMessage("a@sink.test", "soft"), {}});
        QCOMPARE(code(report.value(u"rcpt"_qs).toObject().value(u"a@sink.test"_qs)), 450);
        QCOMPARE(text(report.value(u"rcpt"_qs).toObject().value(u"a@sink.test"_qs)), u"4.3.0 Error: command failed"_qs);
        QCOMPARE(sink.messageCount(), 0);
    }

    void smtpSinkExplainsAFailure()
    {
        SmtpSink sink({u"-X"_qs}); // not an option of smtp-sink
        QVERIFY(!sink.start(5000));
        QVERIFY2(sink.errorString().contains(u"smtp-sink"_qs), qPrintable(sink.errorString()));
        QVERIFY2(sink.errorString().contains(u"usage"_qs, Qt::CaseInsensitive), qPrintable(sink.errorString()));
    }

    void postfixExplainsAFailure()
    {
        PostfixServer::Options options;
        options.users = {u"ann@example.test"_qs};
        options.settings = {{u"inet_protocols"_qs, u"carrier-pigeon"_qs}};
        PostfixServer postfix(options);
        // `postfix start` alone says nothing without a terminal: the message has `postfix check`.
        QVERIFY(!postfix.start());
        QVERIFY2(postfix.errorString().contains(u"unknown inet_protocols value \"carrier-pigeon\""_qs),
                 qPrintable(postfix.errorString()));
        QVERIFY(postfix.processIds().isEmpty());
    }

    void twoInstancesAtOnce()
    {
        PostfixServer::Options options;
        options.users = {u"ann@example.test"_qs};
        PostfixServer second(options);
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QVERIFY(second.port() != m_postfix->port());

        const qsizetype before = m_postfix->messages(u"ann@example.test"_qs).size();
        for (PostfixServer *postfix : {m_postfix.get(), &second}) {
            const QJsonObject report = send({postfix->port(), u"sender@elsewhere.test"_qs, {u"ann@example.test"_qs},
                                             testMessage("ann@example.test", "instance-" + QByteArray::number(postfix->port())), {}});
            QCOMPARE(code(report.value(u"data"_qs)), 250);
        }
        QVERIFY(second.waitForMessages(u"ann@example.test"_qs, 1));
        QVERIFY(m_postfix->waitForMessages(u"ann@example.test"_qs, before + 1));
        QVERIFY(second.messages(u"ann@example.test"_qs).first().contains(QByteArray("instance-" + QByteArray::number(second.port()))));
        QVERIFY(m_postfix->messages(u"ann@example.test"_qs).last().contains(QByteArray("instance-" + QByteArray::number(m_postfix->port()))));
        QCOMPARE(second.messages(u"ann@example.test"_qs).size(), 1);
    }

    void stopEndsEveryProcessAndStartsAgain()
    {
        QString folder;
        {
            PostfixServer::Options options;
            options.users = {u"ann@example.test"_qs};
            PostfixServer postfix(options);
            folder = postfix.folder();
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
            qInfo("PostfixServer::start() without TLS: %lld ms", timer.elapsed());
            QVERIFY(!postfix.processIds().isEmpty());
            const quint16 port = postfix.port();

            // A client in the middle of a session does not hold the stop up: it is disconnected.
            QTcpSocket client;
            client.connectToHost(postfix.host(), port);
            QVERIFY(client.waitForConnected(5000));
            QVERIFY(client.waitForReadyRead(5000));
            QVERIFY(client.readAll().startsWith("220 localhost ESMTP"));

            timer.restart();
            QVERIFY2(postfix.stop(), qPrintable(postfix.errorString()));
            qInfo("PostfixServer::stop() with a client connected: %lld ms", timer.elapsed());
            QVERIFY(postfix.processIds().isEmpty());
            QCOMPARE(listenerCount(port), 0);
            QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);

            // Same port, same mailboxes, as a restarted server would be.
            timer.restart();
            QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
            qInfo("PostfixServer::start() again: %lld ms", timer.elapsed());
            QCOMPARE(postfix.port(), port);
            const QJsonObject report = send({port, u"sender@elsewhere.test"_qs, {u"ann@example.test"_qs},
                                             testMessage("ann@example.test", "restarted"), {}});
            QCOMPARE(code(report.value(u"data"_qs)), 250);
            QVERIFY(postfix.waitForMessages(u"ann@example.test"_qs, 1));
        }
        QVERIFY(!QFileInfo::exists(folder)); // the destructor stopped Postfix and removed its files
    }
};

QTEST_GUILESS_MAIN(TestPostfixFixture)
#include "tst_postfixfixture.moc"
