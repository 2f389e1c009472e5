#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>
#include <stdexcept>

namespace diffusion {

// One message of a bounce mailbox (docs/inmail.md, "Reading the mailbox").
struct MailboxMessage {
    // Stable within the mailbox: the Maildir file name without its ":2,flags" part, the byte
    // offset of the mbox "From " line, the POP3 UIDL, or "UIDVALIDITY:UID" for IMAP.
    QString key;
    QByteArray raw; // the message as stored (CRLF or LF line ends); no mbox "From " line
};

enum class AfterProcessing { Keep, Delete, Move };

struct MailboxSpec {
    enum class Kind { Maildir, Mbox, Pop3, Imap };
    Kind kind = Kind::Maildir;
    QString path; // Maildir folder or mbox file
    // pop3s://user@host:port, pop3://… (STARTTLS required), imaps://user@host:port/INBOX,
    // imap://… (STARTTLS required); the IMAP folder is the path, INBOX when there is none.
    QUrl url;
    QString password; // never stored by this code
    QString caFile;   // PEM of a private authority to trust; empty: the system's
    bool verifyPeer = true; // certificate and host name checks; false only when asked explicitly
    AfterProcessing after = AfterProcessing::Delete;
    // For Move: the IMAP folder, the Maildir++ sub-folder (".<moveTo>"), or the mbox file
    // (relative to the mbox's folder unless absolute). Created when missing. POP3 has no Move.
    QString moveTo;
    int maxMessages = 500;   // cap per fetch()
    int timeoutSeconds = 60; // connect and each command: a stalled server gives an error, never a hang
    // With Keep, the messages stay and come back in every session: give the keys already
    // recorded, and fetch() skips them without reading them or counting them against the cap.
    QSet<QString> skipKeys;
};

// What went wrong, as a translated sentence that names the mailbox and says what to check.
class MailboxError final : public std::runtime_error
{
public:
    explicit MailboxError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// A session with one mailbox. Blocking (the server's answers are awaited, each for at most
// spec.timeoutSeconds): use it from a worker thread, one thread at a time.
class MailboxSource
{
    Q_DECLARE_TR_FUNCTIONS(MailboxSource)

public:
    virtual ~MailboxSource() = default;
    // Up to spec.maxMessages messages not yet disposed of in this session, oldest first.
    // Throws MailboxError (connection, TLS, login, folder missing…).
    virtual QList<MailboxMessage> fetch() = 0;
    // Once the caller has durably recorded the message: deletes it or moves it as the spec
    // says (Keep: it stays, and later fetch() calls of the session skip it). Throws MailboxError.
    virtual void dispose(const MailboxMessage &message) = 0;
    // Ends the session and commits the deletions (POP3 QUIT, IMAP EXPUNGE, mbox rewrite).
    // Idempotent; the destructor calls it too, without throwing.
    virtual void close() = 0;
};

// Checks the spec (folders that exist, a Move that the kind allows, a password for a server)
// and opens the mailbox; a server is only contacted by fetch(). Throws MailboxError.
std::unique_ptr<MailboxSource> openMailbox(const MailboxSpec &spec);

// Reads what a user typed: a folder or file path for Maildir and mbox, a URL such as
// "imaps://bounces@127.0.0.1:9933/INBOX" for POP3 and IMAP. Nothing, and a sentence in *error,
// when it is not usable (wrong scheme, no user name, a password in the URL…).
std::optional<MailboxSpec> mailboxSpecFromUrl(MailboxSpec::Kind kind, const QString &text, QString *error);

} // namespace diffusion
