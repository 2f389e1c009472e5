#pragma once

#include <QByteArray>
#include <QString>

namespace diffusion::test {

// Bounce messages as the usual MTAs and providers write them, built around a message we sent
// (its headers are returned, as RFC 3464 and 5965 reports do), for tests of inMail.

// The header block of a message (up to the first empty line), CRLF or LF.
QByteArray headersOf(const QByteArray &message);
// One header's value (the first), unfolded; empty when absent.
QString headerValue(const QByteArray &message, const QByteArray &name);

struct DsnOptions {
    QString envelopeTo;        // Delivered-To of the bounce (a VERP address, or the plain return path)
    QString recipient;         // Final-Recipient
    QString action = QStringLiteral("failed");
    QString status = QStringLiteral("5.1.1");
    QString diagnostic = QStringLiteral("smtp; 550 5.1.1 <%1>: Recipient address rejected: User unknown");
    QByteArray returnedHeaders; // text/rfc822-headers part; empty: none
};
// A multipart/report DSN from MAILER-DAEMON, as Postfix writes them.
QByteArray dsn(const DsnOptions &options);

// A feedback-loop complaint (ARF, RFC 5965) about `recipient`, with the original message.
QByteArray arfComplaint(const QString &recipient, const QByteArray &original);

// An RFC 3834 auto-reply from `from`, answering the message with that Message-ID.
QByteArray autoReply(const QString &from, const QString &inReplyTo);

// A plain message that is none of these.
QByteArray newsletter();

} // namespace diffusion::test
