// The bounce mailbox of issue 8 with a real MTA: Postfix accepts mail for a relay domain, the
// next hop refuses it, and Postfix itself writes the DSN to the VERP envelope sender, into a
// Maildir that Dovecot serves (tests/support/bouncingpostfix.h). The DSNs are then read through
// MailboxSource over POP3S and IMAPS, and their structure is checked with Python's e-mail
// package, a parser that is not ours. Needs root, as every Postfix test (docs/testing.md).
#include "bouncingpostfix.h"
#include "inmail/mailbox/mailboxsource.h"
#include "mimeparser.h"
#include "process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace diffusion;
using namespace diffusion::test;

namespace {

// One message through Postfix with smtp_send.py; the replies as JSON.
QJsonObject send(quint16 port, const QString &from, const QString &to)
{
    const QByteArray message = "From: Diffusion <news@example.test>\r\n"
                               "To: <" + to.toUtf8() + ">\r\n"
                               "Subject: Our news\r\n"
                               "Message-ID: <" + from.section(u'@', 0, 0).toUtf8() + ".news@example.test>\r\n"
                               "\r\n"
                               "Hello.\r\n";
    const ProcessResult result = runProcess(
        u"/usr/bin/python3"_qs,
        {QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/support/smtp_send.py"), u"--port"_qs, QString::number(port),
         u"--from"_qs, from, u"--to"_qs, to},
        message);
    return QJsonDocument::fromJson(result.out).object();
}

// The value of a field of the DSN's delivery-status part ("Status", "Final-Recipient").
QString dsnField(const QByteArray &dsn, const QString &name)
{
    const QRegularExpression field(u"^"_qs + QRegularExpression::escape(name) + u":\\s*(.*?)\\r?$"_qs,
                                   QRegularExpression::MultilineOption);
    return field.match(QString::fromUtf8(dsn)).captured(1);
}

} // namespace

class TestPostfixBounces : public QObject
{
    Q_OBJECT

private slots:
    void postfixDsnsAreReadOverPop3AndImap();
};

void TestPostfixBounces::postfixDsnsAreReadOverPop3AndImap()
{
    BouncingPostfix servers;
    QVERIFY2(servers.start(), qPrintable(servers.errorString()));

    // VERP tag → the recipient that bounces: refused by the next hop (500), deferred by it (450,
    // bounced at once as the queue lifetime is 0), accepted then refused as over quota.
    const std::map<QString, QString> sent{{u"42"_qs, u"someone@"_qs + BouncingPostfix::refusingDomain()},
                                          {u"43"_qs, u"another@"_qs + BouncingPostfix::deferringDomain()},
                                          {u"44"_qs, BouncingPostfix::fullMailbox()}};
    for (const auto &[tag, to] : sent) {
        const QJsonObject report = send(servers.postfix().port(), BouncingPostfix::bounceAddress(tag), to);
        QVERIFY2(report.value(u"rcpt"_qs).toObject().value(to).toArray().at(0).toInt() == 250, QJsonDocument(report).toJson().constData()); // accepted, bounced later
        QCOMPARE(report.value(u"data"_qs).toArray().at(0).toInt(), 250);
    }
    QVERIFY2(servers.waitForBounces(3), qPrintable(QString::fromUtf8(servers.postfix().maillog().right(3000))));

    // POP3 first, keeping them; then IMAP, deleting them: the same bytes both ways.
    MailboxSpec spec = servers.dovecot().mailboxSpec(MailboxSpec::Kind::Pop3);
    spec.after = AfterProcessing::Keep;
    QList<QByteArray> overPop3;
    for (const MailboxMessage &message : openMailbox(spec)->fetch())
        overPop3.append(message.raw);
    const auto imap = openMailbox(servers.dovecot().mailboxSpec(MailboxSpec::Kind::Imap));
    const QList<MailboxMessage> dsns = imap->fetch();
    QList<QByteArray> overImap;
    for (const MailboxMessage &message : dsns)
        overImap.append(message.raw);
    QCOMPARE(overImap, overPop3);
    QCOMPARE(dsns.size(), 3);

    std::map<QString, QByteArray> byTag; // by the VERP tag Postfix wrote in Delivered-To
    for (const MailboxMessage &dsn : dsns) {
        const QJsonObject parsed = parseWithPython(dsn.raw.toStdString());
        QCOMPARE(parsed.value(u"contentType"_qs).toString(), u"multipart/report"_qs);
        QVERIFY(headerValues(parsed, u"Content-Type"_qs).value(0).contains(u"report-type=\"delivery-status\""_qs));
        QVERIFY(headerValues(parsed, u"From"_qs).value(0).contains(u"MAILER-DAEMON"_qs));
        QCOMPARE(dsnField(dsn.raw, u"Reporting-MTA"_qs), u"dns; localhost"_qs);
        QCOMPARE(dsnField(dsn.raw, u"Action"_qs), u"failed"_qs);
        const QString deliveredTo = headerValues(parsed, u"Delivered-To"_qs).value(0);
        const QRegularExpressionMatch verp = QRegularExpression(u"^bounces\\+([0-9]+)@bounce\\.test$"_qs).match(deliveredTo);
        QVERIFY2(verp.hasMatch(), qPrintable(deliveredTo));
        byTag[verp.captured(1)] = dsn.raw;
    }
    QCOMPARE(byTag.size(), sent.size());
    for (const auto &[tag, to] : sent)
        QCOMPARE(dsnField(byTag[tag], u"Original-Recipient"_qs), u"rfc822;"_qs + to);
    QCOMPARE(dsnField(byTag[u"42"_qs], u"Final-Recipient"_qs), u"rfc822; "_qs + sent.at(u"42"_qs));
    QCOMPARE(dsnField(byTag[u"44"_qs], u"Final-Recipient"_qs), u"rfc822; full@quota.test"_qs);
    QCOMPARE(dsnField(byTag[u"42"_qs], u"Status"_qs), u"5.3.0"_qs);
    QCOMPARE(dsnField(byTag[u"42"_qs], u"Remote-MTA"_qs), u"dns; 127.0.0.1"_qs);
    QCOMPARE(dsnField(byTag[u"42"_qs], u"Diagnostic-Code"_qs), u"smtp; 500 5.3.0 Error: command failed"_qs);
    QCOMPARE(dsnField(byTag[u"43"_qs], u"Status"_qs), u"4.3.0"_qs);
    QCOMPARE(dsnField(byTag[u"43"_qs], u"Diagnostic-Code"_qs), u"smtp; 450 4.3.0 Error: command failed"_qs);
    QCOMPARE(dsnField(byTag[u"44"_qs], u"Status"_qs), u"5.2.2"_qs);
    QVERIFY(dsnField(byTag[u"44"_qs], u"Diagnostic-Code"_qs).endsWith(u"Mailbox full"_qs));

    for (const MailboxMessage &dsn : dsns)
        imap->dispose(dsn);
    imap->close();
    QCOMPARE(servers.dovecot().messageCount(), 0);
}

QTEST_GUILESS_MAIN(TestPostfixBounces)
#include "tst_postfixbounces.moc"
