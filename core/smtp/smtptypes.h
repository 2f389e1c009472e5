#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <optional>

namespace diffusion {

// One SMTP reply, possibly multi-line (RFC 5321 §4.2), with its RFC 3463 enhanced status code
// when the server gives one.
struct SmtpReply {
    int code = 0;           // 0 when there was no reply (connection-level outcome)
    QString enhanced;       // "5.1.1", or empty
    QStringList lines;      // the text of each line, without the code, the separator and the enhanced code

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // "550 5.1.1 <a@b>: User unknown" (lines joined with spaces), as stored in broadlog.last_reply.
    QString toString() const;
};

enum class TlsPolicy {
    Disabled,      // never STARTTLS
    Opportunistic, // STARTTLS when offered; certificate not checked (as MTAs do by default)
    Required,      // STARTTLS must succeed; certificate not checked
    Verify,        // STARTTLS must succeed with a certificate that chains to a trusted CA and names the host
};

// The stage of a session at which an outcome happened.
enum class SmtpPhase { Connect, Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, Body, Quit };

struct SmtpCredentials {
    QString user;
    QString password;
};

// How one session connects and behaves.
struct SmtpSessionConfig {
    QString host;                   // name or address to connect to
    quint16 port = 25;
    QString serverName;             // the name the certificate must carry (Verify); default: host
    QString heloName = QStringLiteral("localhost"); // our name in EHLO/HELO
    TlsPolicy tls = TlsPolicy::Opportunistic;
    QList<QSslCertificate> caCertificates; // trusted CAs for Verify; empty: the system's
    std::optional<SmtpCredentials> credentials; // AUTH PLAIN/LOGIN, only over TLS
    int connectTimeoutMs = 30000;   // TCP connect and TLS handshake
    int commandTimeoutMs = 300000;  // greeting and each command's reply
    int dataTimeoutMs = 600000;     // the reply after the final "."
    bool trace = false;             // emit C:/S: lines
};

// One message to send: one envelope recipient (every message is personalized).
struct SmtpMessage {
    qint64 id = 0;                 // the broadlog id, echoed in the outcome
    QByteArray envelopeFrom;       // MAIL FROM address, ASCII
    QByteArray recipient;          // RCPT TO address, ASCII
    // What follows DATA: the message with CRLF line ends, dot-stuffed and ended by ".\r\n".
    // Made where the message is prepared, off the I/O threads (smtpMessage()).
    QByteArray block;
    qsizetype size = 0;            // the message's own size, for SIZE
};

// What happened to one message.
struct SmtpOutcome {
    enum class Kind {
        Accepted,        // 250 after the final "." (Sent)
        Rejected,        // a 5xx reply: permanent failure
        Deferred,        // a 4xx reply: try again later
        ConnectionError, // no usable reply: refused, timeout, reset, TLS failure, garbage
    };
    qint64 id = 0;
    Kind kind = Kind::ConnectionError;
    SmtpPhase phase = SmtpPhase::Connect;
    SmtpReply reply;        // the server's reply when there was one
    QString error;          // for ConnectionError: what went wrong, as a sentence
    QString host;           // the host that answered (or failed)
};

} // namespace diffusion
