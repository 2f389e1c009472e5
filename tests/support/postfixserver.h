#pragma once

#include "smtpsink.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace diffusion::test {

// A private Postfix instance for one test: its own configuration, queue and mailboxes in a
// temporary folder, smtpd on 127.0.0.1 and a free port, no DNS, nothing leaves the machine.
// Needs root (Postfix's master runs as root) and the postfix package; see docs/testing.md.
//
//     PostfixServer::Options options;
//     options.users = {u"ann@example.test"_qs};
//     PostfixServer postfix(options);
//     QVERIFY2(postfix.start(), qPrintable(postfix.errorString()));
//     ... send to postfix.host():postfix.port() ...
//     QVERIFY(postfix.waitForMessages(u"ann@example.test"_qs, 1));
//     QCOMPARE(PostfixServer::asSent(postfix.messages(u"ann@example.test"_qs).at(0)), sent);
//
// At RCPT: a listed user gets "250 2.1.5 Ok", an unknown user of a listed domain
// "550 5.1.1 <x@domain>: Recipient address rejected: User unknown in virtual mailbox table",
// any other domain "554 5.7.1 <x@other>: Relay access denied". Each domain of relayDomains is
// accepted and passed on to its own smtp-sink: with "-f RCPT" the sink refuses every recipient
// and Postfix sends the envelope sender a DSN (a bounce), which lands in its mailbox when the
// sender is one of users. Queue lifetimes are 0 (one delivery attempt, then a DSN, for a 4xx
// too), so DSNs arrive within half a second.
class PostfixServer final
{
public:
    struct Options {
        QStringList users;   // mailboxes, full addresses; their domains are accepted
        QStringList domains; // more domains, without mailboxes (every address unknown)
        bool tls = false;    // STARTTLS with a certificate of a test authority (caCertificatePath())
        // Relayed domains, each to an smtp-sink started with these options, e.g. {"-f", "RCPT"}.
        std::map<QString, QStringList> relayDomains;
        QString hostname = QStringLiteral("localhost"); // myhostname: greeting, DSN sender domain
        // main.cf settings that replace or add to the fixture's, e.g. {"smtpd_hard_error_limit", "20"}.
        QList<std::pair<QString, QString>> settings;
        // Replies at RCPT in place of the usual ones (check_recipient_access, before the mailbox
        // check): address or domain → access(5) action, e.g. {"ann@example.test", "452 4.2.2 Mailbox full"}.
        std::map<QString, QString> recipientAccess;
        // More transport_maps entries: address or domain → transport, e.g. {"full@example.test",
        // "error:5.2.2 Mailbox full"} to have Postfix accept a recipient and then bounce it.
        std::map<QString, QString> transports;
    };

    PostfixServer();
    explicit PostfixServer(Options options);
    ~PostfixServer();
    PostfixServer(const PostfixServer &) = delete;
    PostfixServer &operator=(const PostfixServer &) = delete;

    // Writes the configuration (the first time), starts Postfix and waits until smtpd greets;
    // false, with errorString() (postfix's output, `postfix check`, the maillog's end), when it
    // cannot. After stop() it starts again on the same port with the same queue and mailboxes.
    bool start(int timeoutMs = 60000);
    // `postfix stop`, then waits until every process of the instance has ended (bounded; those
    // left are killed). The folder stays until the destructor, for messages() and maillog().
    bool stop(int timeoutMs = 30000);
    bool isRunning() const { return m_running; }
    // Replaces Options::recipientAccess. A running instance is reloaded, and the call returns once
    // no smtpd that read the old entries is left (each reads the map when it starts; the reload
    // ends the idle ones, one serving a client ends when its client leaves). False, with
    // errorString(), when Postfix does not reload or an old smtpd is still there at the time limit.
    bool setRecipientAccess(std::map<QString, QString> access, int timeoutMs = 30000);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString folder() const { return m_dir.path(); }
    QString configFolder() const { return m_dir.filePath(QStringLiteral("conf")); }
    QString caCertificatePath() const { return m_dir.filePath(QStringLiteral("tls/ca.pem")); }
    QByteArray maillog() const;
    // The processes of this instance (master and its children), found by their MAIL_CONFIG; with
    // a program name ("smtpd"), only the processes of that program.
    QList<qint64> processIds(const QString &program = QString()) const;

    // The messages delivered to `user` (a full address), oldest first, as Postfix wrote them:
    // Return-Path, X-Original-To, Delivered-To and Received added on top, LF line ends.
    QList<QByteArray> messages(const QString &user) const;
    // The Maildir of `user` (a full address), where virtual(8) delivers as the postfix user; it
    // exists once start() has run and the first message has arrived.
    QString maildirPath(const QString &user) const;
    bool waitForMessages(const QString &user, qsizetype count, int timeoutMs = 30000) const;
    // Waits until nothing is left in the queue (every message delivered or bounced).
    bool waitForEmptyQueue(int timeoutMs = 30000) const;
    // The smtp-sink that receives one of relayDomains, or nullptr.
    SmtpSink *relaySink(const QString &domain) const;

    // A delivered message as the client sent it: the four fields that Postfix adds on delivery
    // removed, CRLF line ends.
    static QByteArray asSent(const QByteArray &delivered);

private:
    bool prepare();
    bool makeCertificates();
    bool writeConfiguration();
    bool writeMasterCf();
    bool startOnce(int timeoutMs, bool &portProblem);
    QString diagnosis(const QString &what) const;
    QString mailboxPath(const QString &user) const;
    QString recipientAccessPath() const;

    Options m_options;
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<SmtpSink>> m_relaySinks;
    quint16 m_port = 0;
    bool m_prepared = false;
    bool m_running = false;
    QString m_error;
};

} // namespace diffusion::test
