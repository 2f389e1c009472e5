#include "curlsession.h"

#include <QSet>
#include <algorithm>
#include <utility>

namespace diffusion {

namespace {

// libcurl wants curl_global_init() before the first handle; from 7.84 it is thread-safe, and a
// function-local static makes it happen once whatever thread opens the first mailbox.
bool curlReady()
{
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ready;
}

// The commands whose names are kept for sentences. Lines sent during the login carry the
// credentials (AUTHENTICATE PLAIN with its initial response, PASS, base64 continuations):
// nothing but one of these names is ever kept from what is sent.
const QSet<QByteArray> knownVerbs{"CAPABILITY", "CAPA", "STARTTLS", "STLS", "AUTHENTICATE", "AUTH", "LOGIN",
                                  "USER", "PASS", "SELECT", "EXAMINE", "STATUS", "CREATE", "UID", "EXPUNGE",
                                  "LOGOUT", "UIDL", "RETR", "DELE", "RSET", "QUIT", "NOOP"};

// An IMAP tag as libcurl writes them: a letter and three digits.
bool isTag(const QByteArray &word)
{
    if (word.size() < 2 || word.at(0) < 'A' || word.at(0) > 'Z')
        return false;
    return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

CurlSession::CurlSession(const MailboxSpec &spec)
    : m_serverName(spec.url.toDisplayString(QUrl::RemovePassword))
    , m_host(spec.url.host())
    , m_timeoutSeconds(spec.timeoutSeconds)
{
    if (!curlReady() || !(m_handle = curl_easy_init()))
        throw MailboxError(tr("libcurl could not start, so %1 cannot be read: check the libcurl installation.").arg(m_serverName));

    const bool pop3 = spec.kind == MailboxSpec::Kind::Pop3;
    m_base = spec.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                 .toEncoded();
    const QByteArray user = spec.url.userName().toUtf8();
    const QByteArray password = spec.password.toUtf8();
    const QByteArray caFile = spec.caFile.toLocal8Bit();
    const long timeout = spec.timeoutSeconds;

    bool ok = curl_easy_setopt(m_handle, CURLOPT_PROTOCOLS_STR, pop3 ? "pop3,pop3s" : "imap,imaps") == CURLE_OK;
    const auto set = [&](CURLoption option, auto value) { ok = ok && curl_easy_setopt(m_handle, option, value) == CURLE_OK; };
    set(CURLOPT_USERNAME, user.constData());
    set(CURLOPT_PASSWORD, password.constData());
    // pop3:// and imap:// must switch to TLS with STARTTLS before the login, or fail.
    set(CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    set(CURLOPT_SSL_VERIFYPEER, spec.verifyPeer ? 1L : 0L);
    set(CURLOPT_SSL_VERIFYHOST, spec.verifyPeer ? 2L : 0L);
    if (!caFile.isEmpty())
        set(CURLOPT_CAINFO, caFile.constData());
    // A server that accepts the connection and then says nothing, or stops in the middle of a
    // message, ends the command after the timeout instead of blocking the worker for ever.
    set(CURLOPT_CONNECTTIMEOUT, timeout);
    set(CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    set(CURLOPT_LOW_SPEED_LIMIT, 1L);
    set(CURLOPT_LOW_SPEED_TIME, timeout);
    set(CURLOPT_NOSIGNAL, 1L); // called from worker threads: no SIGALRM
    // libcurl closes a connection idle for 118 s on its own, which for POP3 commits the
    // deletions sent so far and renumbers the messages under our feet: keep it for the session.
    set(CURLOPT_MAXAGE_CONN, 24L * 3600);
    set(CURLOPT_ERRORBUFFER, m_errorText);
    set(CURLOPT_WRITEFUNCTION, &CurlSession::collect);
    set(CURLOPT_WRITEDATA, this);
    // The debug callback is how the server's own words reach our sentences; it needs VERBOSE.
    set(CURLOPT_DEBUGFUNCTION, &CurlSession::watch);
    set(CURLOPT_DEBUGDATA, this);
    set(CURLOPT_VERBOSE, 1L);
    if (!ok) {
        end();
        throw MailboxError(tr("This libcurl cannot read %1 (an option was refused): install libcurl 7.85 or later "
                              "with POP3, IMAP and TLS.")
                               .arg(m_serverName));
    }
}

CurlSession::~CurlSession()
{
    end();
}

void CurlSession::end()
{
    if (m_handle) {
        curl_easy_cleanup(m_handle);
        m_handle = nullptr;
    }
}

CURLcode CurlSession::run(const QByteArray &path, const QByteArray &command, bool singleLine)
{
    if (!m_handle)
        throw MailboxError(tr("The session with %1 has ended: open the mailbox again.").arg(m_serverName));
    const QByteArray url = m_base + path;
    curl_easy_setopt(m_handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(m_handle, CURLOPT_CUSTOMREQUEST, command.isEmpty() ? nullptr : command.constData());
    curl_easy_setopt(m_handle, CURLOPT_NOBODY, singleLine ? 1L : 0L);
    CURLcode code = CURLE_OK;
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_received.clear();
        m_errorText[0] = '\0';
        m_lastServerLine.clear();
        code = curl_easy_perform(m_handle);
        long connects = 0;
        curl_easy_getinfo(m_handle, CURLINFO_NUM_CONNECTS, &connects);
        m_reconnected = m_connected && (connects > 0 || attempt > 0);
        if (code == CURLE_OK)
            m_connected = true;
        // A kept connection that the server closed meanwhile (a restart, an idle timeout) may
        // still look alive to libcurl, which then fails the command and drops it: once, the
        // command goes again over a new connection. Every command of the sources may be sent
        // twice (FETCH, STORE, MOVE and EXPUNGE by UID, and POP3's DELE, whose connection is
        // gone with its deletions, are idempotent), and the callers see reconnected().
        const bool connectionLost = code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR
                                    || code == CURLE_WEIRD_SERVER_REPLY;
        if (!connectionLost || !m_connected || connects > 0)
            break;
    }
    return code;
}

QByteArray CurlSession::perform(const QByteArray &path, const QByteArray &command, bool singleLine)
{
    const CURLcode code = run(path, command, singleLine);
    if (code != CURLE_OK)
        fail(code, command);
    return std::exchange(m_received, {});
}

std::optional<QByteArray> CurlSession::tryPerform(const QByteArray &path, const QByteArray &command, QString *refusal)
{
    const CURLcode code = run(path, command, false);
    if (code == CURLE_QUOTE_ERROR) {
        if (refusal)
            *refusal = QString::fromUtf8(m_lastServerLine);
        return std::nullopt;
    }
    if (code != CURLE_OK)
        fail(code, command);
    return std::exchange(m_received, {});
}

size_t CurlSession::collect(char *data, size_t size, size_t count, void *session)
{
    static_cast<CurlSession *>(session)->m_received.append(data, qsizetype(size * count));
    return size * count;
}

int CurlSession::watch(CURL *, curl_infotype type, char *data, size_t size, void *session)
{
    auto *self = static_cast<CurlSession *>(session);
    if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT)
        return 0;
    QList<QByteArray> words = QByteArray(data, qsizetype(size)).trimmed().split(' ');
    if (words.size() > 1 && isTag(words.first()))
        words.removeFirst();
    if (type == CURLINFO_HEADER_OUT) {
        const QByteArray verb = words.first().toUpper();
        self->m_lastVerb = knownVerbs.contains(verb) ? verb : QByteArray();
    } else if (!words.first().isEmpty() && words.first() != "*" && words.first() != "+") {
        self->m_lastServerLine = words.join(' ').left(300); // a status line: OK, NO, BAD, +OK, -ERR
    }
    return 0;
}

void CurlSession::fail(CURLcode code, const QByteArray &command)
{
    const QString detail = QString::fromUtf8(m_errorText[0] ? m_errorText : curl_easy_strerror(code));
    const QString said = QString::fromUtf8(m_lastServerLine);
    const QString what = said.isEmpty() ? detail : said;
    const QString verb = QString::fromLatin1(command.isEmpty() ? m_lastVerb : command.left(command.indexOf(' ')));
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        throw MailboxError(tr("Could not find the server of %1: check its name.").arg(m_serverName));
    case CURLE_COULDNT_CONNECT:
        throw MailboxError(tr("Could not connect to %1: check the host name and the port, and that the server is running.")
                               .arg(m_serverName));
    case CURLE_OPERATION_TIMEDOUT:
        throw MailboxError(tr("%1 did not answer within %n second(s): check the address and the port, and that the "
                              "server is reachable.",
                              nullptr, m_timeoutSeconds)
                               .arg(m_serverName));
    case CURLE_PEER_FAILED_VERIFICATION:
        throw MailboxError(tr("The certificate of %1 is not trusted (%2): give the certificate of its authority "
                              "(--ca-file), or check that %1 is the server's name.")
                               .arg(m_host, detail));
    case CURLE_SSL_CACERT_BADFILE:
        throw MailboxError(tr("Could not read the certificate authority file given for %1 (%2): give a PEM file.")
                               .arg(m_serverName, detail));
    case CURLE_SSL_CONNECT_ERROR:
        throw MailboxError(tr("Could not set up TLS with %1 (%2): check that the port is the server's port for "
                              "this scheme (pop3s and imaps: TLS from the start; pop3 and imap: STARTTLS).")
                               .arg(m_serverName, detail));
    case CURLE_USE_SSL_FAILED:
        throw MailboxError(tr("%1 does not offer STARTTLS, and the password must not travel in clear: use pop3s:// or "
                              "imaps:// with the server's TLS port.")
                               .arg(m_serverName));
    case CURLE_LOGIN_DENIED:
        // libcurl also reports a refused SELECT as a refused login.
        if (m_lastVerb == "SELECT" || m_lastVerb == "EXAMINE")
            throw MailboxError(tr("%1 cannot open the folder (%2): check the folder's name.").arg(m_serverName, what));
        throw MailboxError(tr("Could not log in to %1: the server refused the user name or password (%2). Check them.")
                               .arg(m_serverName, what));
    case CURLE_REMOTE_FILE_NOT_FOUND:
        if (detail.contains(u"UIDVALIDITY"_qs))
            throw MailboxError(tr("The folder of %1 was re-created on the server during the session (its UIDVALIDITY "
                                  "changed): read the mailbox again.")
                                   .arg(m_serverName));
        throw MailboxError(tr("%1 has no such message or folder (%2).").arg(m_serverName, what));
    case CURLE_QUOTE_ERROR:
        throw MailboxError(tr("%1 refused the command %2 (%3).").arg(m_serverName, verb, what));
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_PARTIAL_FILE:
        throw MailboxError(tr("%1 closed the connection or answered something unexpected (%2): try again later, or "
                              "check the server's logs.")
                               .arg(m_serverName, what));
    default:
        throw MailboxError(tr("The session with %1 failed (%2): try again later, or check the server's logs.")
                               .arg(m_serverName, what));
    }
}

} // namespace diffusion
