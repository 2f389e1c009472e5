#include "bouncemail.h"

#include <QRegularExpression>

namespace diffusion::test {

QByteArray headersOf(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.indexOf("\n\n");
    QByteArray headers = end < 0 ? message : message.left(end);
    headers.replace("\r\n", "\n");
    return headers + '\n';
}

QString headerValue(const QByteArray &message, const QByteArray &name)
{
    const QByteArray headers = headersOf(message);
    const QRegularExpression pattern(u"(?im)^%1:[ \\t]*(.*(?:\\n[ \\t].*)*)"_qs.arg(QRegularExpression::escape(QString::fromLatin1(name))));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(headers));
    return match.hasMatch() ? match.captured(1).replace(QRegularExpression(u"\\n[ \\t]+"_qs), u" "_qs).trimmed() : QString();
}

QByteArray dsn(const DsnOptions &o)
{
    const QByteArray boundary = "=_dsn_boundary_42";
    const QString diagnostic = o.diagnostic.contains(u"%1"_qs) ? o.diagnostic.arg(o.recipient) : o.diagnostic;
    QByteArray m;
    m += "Return-Path: <>\n";
    m += "Delivered-To: " + o.envelopeTo.toUtf8() + "\n";
    m += "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n";
    m += "To: " + o.envelopeTo.toUtf8() + "\n";
    m += "Subject: Undelivered Mail Returned to Sender\n";
    m += "Message-ID: <" + QByteArray::number(qHash(o.recipient + o.status)) + ".dsn@mx.example.net>\n";
    m += "Auto-Submitted: auto-replied\n";
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\n\n";
    m += "This is a MIME-encapsulated message.\n\n";
    m += "--" + boundary + "\nContent-Type: text/plain; charset=us-ascii\n\n";
    m += "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n<" + o.recipient.toUtf8() + ">: " + diagnostic.toUtf8() + "\n\n";
    m += "--" + boundary + "\nContent-Type: message/delivery-status\n\n";
    m += "Reporting-MTA: dns; mx.example.net\nArrival-Date: Fri, 27 Nov 2026 10:00:00 +0000\n\n";
    m += "Final-Recipient: rfc822; " + o.recipient.toUtf8() + "\nOriginal-Recipient: rfc822;" + o.recipient.toUtf8() + "\n";
    m += "Action: " + o.action.toUtf8() + "\nStatus: " + o.status.toUtf8() + "\nRemote-MTA: dns; mx.example.net\n";
    m += "Diagnostic-Code: " + diagnostic.toUtf8() + "\n\n";
    if (!o.returnedHeaders.isEmpty())
        m += "--" + boundary + "\nContent-Type: text/rfc822-headers\n\n" + o.returnedHeaders + "\n";
    m += "--" + boundary + "--\n";
    return m;
}

QByteArray arfComplaint(const QString &recipient, const QByteArray &original)
{
    const QByteArray boundary = "=_arf_7";
    QByteArray m;
    m += "From: <staff@fbl.example.net>\nTo: <fbl@sender.test>\nSubject: FW: complaint\n";
    m += "Message-ID: <arf." + QByteArray::number(qHash(recipient)) + "@fbl.example.net>\n";
    m += "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"" + boundary + "\"\n\n";
    m += "--" + boundary + "\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from IP 192.0.2.1.\n\n";
    m += "--" + boundary + "\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\n"
         "Original-Rcpt-To: " + recipient.toUtf8() + "\nArrival-Date: Fri, 27 Nov 2026 10:00:00 +0000\n\n";
    QByteArray lf = original;
    lf.replace("\r\n", "\n");
    m += "--" + boundary + "\nContent-Type: message/rfc822\n\n" + lf + "\n";
    m += "--" + boundary + "--\n";
    return m;
}

QByteArray autoReply(const QString &from, const QString &inReplyTo)
{
    return "From: " + from.toUtf8() + "\nTo: news@sender.test\nSubject: Out of Office: Hello\n"
           "Message-ID: <ooo." + QByteArray::number(qHash(from)) + "@example.org>\n"
           "In-Reply-To: " + inReplyTo.toUtf8() + "\nAuto-Submitted: auto-replied\n"
           "Content-Type: text/plain; charset=utf-8\n\nI am out of the office until Monday, with no access to e-mail.\n";
}

QByteArray newsletter()
{
    return "From: Shop <news@shop.example>\nTo: bounces@sender.test\nSubject: Our spring sale\n"
           "Message-ID: <spring.1@shop.example>\nContent-Type: text/plain\n\n"
           "Dear customer, 550 products at 5.1 percent off. Unsubscribe at any time.\n";
}

} // namespace diffusion::test
