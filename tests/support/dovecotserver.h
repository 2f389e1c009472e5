#pragma once

#include "inmail/mailbox/mailboxsource.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace diffusion::test {

// A private Dovecot (IMAP and POP3, TLS required) for one test: its own configuration, state,
// log and Maildir in a temporary folder, four listeners on 127.0.0.1 and free ports, one user
// whose password is only in a passwd-file of that folder. Needs dovecot-imapd and dovecot-pop3d
// (the system's Dovecot need not run); works as root and as any other user:
//
//     DovecotServer dovecot;
//     QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
//     dovecot.deliver("From: …\r\n\r\nbody\r\n");
//     const auto source = openMailbox(dovecot.mailboxSpec(MailboxSpec::Kind::Imap));
//
// Every process runs as one user, mailUser(): the current user, or when root the postfix user
// (Dovecot refuses uid 0 for mail, and PostfixServer's virtual delivery writes as postfix, so a
// Maildir can be shared with it; see BouncingPostfix). Dovecot runs in the foreground in a
// process group of its own, which stop() and the destructor end; it also gets SIGTERM if this
// process dies first (PR_SET_PDEATHSIG).
class DovecotServer final
{
public:
    struct Options {
        // The Maildir to serve as INBOX (other folders are its Maildir++ ".Name" sub-folders);
        // empty: one in the server's folder. Created, with new/ cur/ tmp/, when missing.
        QString maildir;
        // Replaces the IMAP CAPABILITY Dovecot announces (imap_capability), e.g. without MOVE or
        // UIDPLUS to test a client's fallbacks; empty: Dovecot's own.
        QByteArray imapCapability;
    };

    DovecotServer();
    explicit DovecotServer(Options options);
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Writes the configuration (the first time), starts Dovecot and waits until its four
    // listeners are up; false, with errorString() (Dovecot's output and log), when it cannot.
    bool start(int timeoutMs = 30000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 imapPort() const { return m_ports[0]; }  // STARTTLS
    quint16 imapsPort() const { return m_ports[1]; } // TLS from the start
    quint16 pop3Port() const { return m_ports[2]; }  // STARTTLS
    quint16 pop3sPort() const { return m_ports[3]; } // TLS from the start
    QString user() const { return QStringLiteral("bounces"); }
    QString password() const { return m_password; }
    QString caCertificatePath() const { return m_caCertificatePath; } // the certificate names 127.0.0.1
    QString maildirPath() const { return m_maildir; }
    QString mailUser() const { return m_mailUser; }
    QString errorString() const { return m_error; }
    QByteArray log() const;

    // Ends every session of user() at once, as a restart or an idle timeout of the server
    // would (doveadm kick); false, with errorString(), when doveadm fails.
    bool kickUser();
    // Puts a message into the Maildir's new/ as a delivery agent does (written in tmp/, then
    // renamed; owned by mailUser()). Returns its file name, empty when it could not be written.
    QString deliver(const QByteArray &message);
    // The messages in new/ and cur/, wherever Dovecot moved them, and those of a sub-folder
    // (".Name") when folder is given.
    qsizetype messageCount(const QString &folder = {}) const;
    // A spec that reads this server: imaps:// or pop3s://, or with startTls imap:// or pop3://,
    // with the password and the test authority; Maildir gives the Maildir's path.
    MailboxSpec mailboxSpec(MailboxSpec::Kind kind, bool startTls = false, const QString &folder = QStringLiteral("INBOX")) const;

private:
    bool prepare();
    bool writeConfiguration();
    bool startOnce(int timeoutMs, bool &portProblem);
    bool giveToMailUser(const QString &path) const;
    QString diagnosis(const QString &what) const;

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_ports[4] = {};
    QString m_password;
    QString m_caCertificatePath;
    QString m_maildir;
    QString m_mailUser;
    uint m_uid = 0;
    uint m_gid = 0;
    bool m_prepared = false;
    QString m_error;
};

} // namespace diffusion::test
