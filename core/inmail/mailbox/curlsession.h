#pragma once

#include "mailboxsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <curl/curl.h>
#include <optional>

namespace diffusion {

// One POP3 or IMAP session through a libcurl easy handle: every command of the session goes
// through the same handle, so that libcurl keeps one connection, logged in once, for all of them.
// TLS is required (CURLUSESSL_ALL: STARTTLS for pop3:// and imap://), so the password never
// travels in clear. Failures become MailboxError sentences that name the server and what to check.
class CurlSession final
{
    Q_DECLARE_TR_FUNCTIONS(CurlSession)

public:
    explicit CurlSession(const MailboxSpec &spec);
    ~CurlSession();
    CurlSession(const CurlSession &) = delete;
    CurlSession &operator=(const CurlSession &) = delete;

    // Sends one command (connecting and logging in first when there is no connection) and
    // returns the data libcurl hands over: a message for RETR and UID FETCH, the lines of a
    // POP3 multi-line answer, the untagged lines of an IMAP command. `path` follows the server
    // in the URL, percent-encoded ("/3", "/INBOX;UID=42"); `command` is libcurl's custom
    // request ("UIDL", "UID SEARCH UNDELETED"), empty for its default (RETR, FETCH);
    // singleLine for POP3 commands whose answer is one line (DELE, QUIT). Throws MailboxError.
    QByteArray perform(const QByteArray &path, const QByteArray &command = {}, bool singleLine = false);
    // The same for an IMAP command that the server may refuse (NO, BAD) without the session
    // being in trouble, such as STATUS of a folder that may not exist: nothing, and the
    // server's answer in *refusal, instead of an exception.
    std::optional<QByteArray> tryPerform(const QByteArray &path, const QByteArray &command, QString *refusal);
    // Whether the last perform() had to open a new connection after a first one: POP3
    // message numbers and pending deletions belonged to the lost connection.
    bool reconnected() const { return m_reconnected; }
    // The mailbox as sentences name it: its URL without password.
    QString serverName() const { return m_serverName; }
    // Ends the connection (libcurl sends LOGOUT or QUIT). Idempotent, never throws.
    void end();

private:
    CURLcode run(const QByteArray &path, const QByteArray &command, bool singleLine);
    [[noreturn]] void fail(CURLcode code, const QByteArray &command);
    static size_t collect(char *data, size_t size, size_t count, void *session);
    static int watch(CURL *handle, curl_infotype type, char *data, size_t size, void *session);

    CURL *m_handle = nullptr;
    QByteArray m_base; // scheme://host:port
    QString m_serverName;
    QString m_host;
    int m_timeoutSeconds;
    QByteArray m_received;
    char m_errorText[CURL_ERROR_SIZE] = {};
    QByteArray m_lastServerLine; // for sentences: the server's own words
    QByteArray m_lastVerb;       // the last command sent, its verb only (never credentials)
    bool m_connected = false;
    bool m_reconnected = false;
};

} // namespace diffusion
