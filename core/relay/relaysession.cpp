#include "relaysession.h"

#include "relaycontext.h"

#include <optional>
#include <utility>

namespace diffusion {

namespace {

// Postfix's figures: long enough for any real command, small enough that a client sending
// no line end cannot make the relay hold much.
constexpr qsizetype maxCommandLine = 4096;
constexpr int hardErrorLimit = 20;
constexpr qsizetype maxRecipients = 1000;

using namespace Qt::Literals::StringLiterals;

// A TLS alert record: fatal handshake_failure. What a server with a broken TLS set-up answers
// to a ClientHello, so the client sees a genuine handshake failure rather than a timeout.
const QByteArray tlsHandshakeFailureAlert = QByteArrayLiteral("\x15\x03\x01\x00\x02\x02\x28");

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && qstrnicmp(text.data(), prefix.size(), prefix.data(), prefix.size()) == 0;
}

struct Path {
    QByteArray address;
    QList<QByteArray> parameters;
};

// "<address> PARAM=VALUE …" after "FROM:" or "TO:". Unbracketed addresses are taken as clients
// of the last century send them; a source route (RFC 5321 §3.3, obsolete) is dropped.
std::optional<Path> parsePath(QByteArrayView text)
{
    text = text.trimmed();
    Path path;
    QByteArrayView rest;
    if (text.startsWith('<')) {
        const qsizetype close = text.indexOf('>');
        if (close < 0)
            return std::nullopt;
        path.address = text.sliced(1, close - 1).toByteArray();
        rest = text.sliced(close + 1);
        if (!rest.isEmpty() && rest.front() != ' ')
            return std::nullopt;
    } else {
        const qsizetype space = text.indexOf(' ');
        path.address = (space < 0 ? text : text.first(space)).toByteArray();
        rest = space < 0 ? QByteArrayView() : text.sliced(space);
    }
    if (path.address.startsWith('@')) {
        const qsizetype colon = path.address.indexOf(':');
        if (colon < 0)
            return std::nullopt;
        path.address.remove(0, colon + 1);
    }
    for (const char c : std::as_const(path.address)) {
        if (uchar(c) <= ' ' || c == '\x7f' || c == '<' || c == '>')
            return std::nullopt;
    }
    for (const QByteArray &parameter : rest.toByteArray().split(' ')) {
        if (!parameter.isEmpty())
            path.parameters.append(parameter);
    }
    return path;
}

} // namespace

RelaySession::RelaySession(RelayContext &context, quint64 connection, bool tlsAvailable)
    : m_context(context), m_connection(connection),
      m_tlsOffered(tlsAvailable || context.profile().fault(RelayPhase::StartTls, connection) != nullptr)
{
    m_record.connection = connection;
    m_keepContent = context.maildir() != nullptr;
}

void RelaySession::open()
{
    if (const RelayFault *fault = m_context.profile().fault(RelayPhase::Connect, m_connection)) {
        m_output += fault->output;
        close("refused"_L1);
        return;
    }
    if (pass(RelayPhase::Greeting))
        send("220 " + m_context.hostname() + " ESMTP Diffusion relay\r\n");
}

void RelaySession::receive(QByteArrayView bytes)
{
    if (m_state == State::TlsFailing) {
        // The ClientHello: answer it with a failure instead of a handshake.
        m_output += tlsHandshakeFailureAlert;
        close("fault"_L1);
        return;
    }
    if (m_state == State::Done || m_wait == Wait::Stall || m_wait == Wait::Close || m_wait == Wait::TlsHandshake)
        return;
    m_input.append(bytes);
    if (m_wait == Wait::Nothing)
        process();
}

void RelaySession::resume()
{
    if (m_wait != Wait::Delay)
        return;
    m_output += std::exchange(m_heldReply, {});
    m_wait = Wait::Nothing;
    if (m_closeAfterHeld) {
        close(m_closeReason);
        return;
    }
    process();
}

void RelaySession::tlsEstablished()
{
    if (m_wait != Wait::TlsHandshake)
        return;
    m_encrypted = true;
    m_wait = Wait::Nothing;
    process();
}

void RelaySession::connectionLost()
{
    endTransaction("closed"_L1);
    m_state = State::Done;
}

void RelaySession::process()
{
    while (m_wait == Wait::Nothing && (m_state == State::Command || m_state == State::Content)) {
        if (m_state == State::Content) {
            if (!readContent())
                break;
            continue;
        }
        const qsizetype end = m_input.indexOf('\n', m_read);
        if (end < 0) {
            if (m_input.size() - m_read > maxCommandLine) {
                if (!m_skippingLongLine)
                    protocolError("500 5.5.2 Error: line too long\r\n");
                m_skippingLongLine = true;
                m_read = m_input.size();
            }
            break;
        }
        // A copy: STARTTLS and the faults empty m_input while the command is handled.
        QByteArray text = m_input.sliced(m_read, end - m_read);
        m_read = end + 1;
        if (std::exchange(m_skippingLongLine, false))
            continue;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.size() > maxCommandLine)
            protocolError("500 5.5.2 Error: line too long\r\n");
        else
            command(text);
    }
    if (m_read > 0) {
        m_input.remove(0, m_read);
        m_read = 0;
    }
}

void RelaySession::command(QByteArrayView text)
{
    if (m_authStep != AuthStep::None)
        return authResponse(text);
    const qsizetype space = text.indexOf(' ');
    const QByteArray verb = (space < 0 ? text : text.first(space)).toByteArray().toUpper();
    const QByteArrayView argument = space < 0 ? QByteArrayView() : text.sliced(space + 1).trimmed();
    if (verb == "EHLO")
        hello(argument, true);
    else if (verb == "HELO")
        hello(argument, false);
    else if (verb == "MAIL")
        mail(argument);
    else if (verb == "RCPT")
        rcpt(argument);
    else if (verb == "DATA")
        data(argument);
    else if (verb == "RSET") {
        endTransaction("rset"_L1);
        send("250 2.0.0 Ok\r\n");
    } else if (verb == "NOOP")
        send("250 2.0.0 Ok\r\n");
    else if (verb == "QUIT")
        quit();
    else if (verb == "STARTTLS")
        startTls(argument);
    else if (verb == "VRFY")
        send("252 2.0.0 Cannot VRFY the user, but will accept mail for it\r\n");
    else if (verb == "AUTH" && m_context.profile().auth())
        auth(argument);
    else
        protocolError("502 5.5.2 Error: command not recognized\r\n");
}

void RelaySession::hello(QByteArrayView argument, bool extended)
{
    if (argument.isEmpty())
        return protocolError(extended ? "501 5.5.4 Syntax: EHLO hostname\r\n" : "501 5.5.4 Syntax: HELO hostname\r\n");
    if (!pass(RelayPhase::Ehlo))
        return;
    endTransaction("helo"_L1);
    m_greeted = true;
    m_extended = extended;
    send(extended ? ehloReply() : "250 " + m_context.hostname() + "\r\n");
}

QByteArray RelaySession::ehloReply() const
{
    QList<QByteArray> lines{m_context.hostname(), "PIPELINING", "SIZE " + QByteArray::number(m_context.profile().maxMessageSize()),
                            "8BITMIME", "ENHANCEDSTATUSCODES"};
    if (m_tlsOffered && !m_encrypted)
        lines.append("STARTTLS");
    if (m_context.profile().auth() && m_encrypted)
        lines.append("AUTH PLAIN LOGIN"); // only under TLS, as RFC 4954 §4 advises for these mechanisms
    QByteArray reply;
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply += (i + 1 < lines.size() ? "250-" : "250 ") + lines[i] + "\r\n";
    return reply;
}

void RelaySession::mail(QByteArrayView argument)
{
    if (!m_greeted)
        return protocolError("503 5.5.1 Error: send HELO/EHLO first\r\n");
    if (m_inTransaction)
        return protocolError("503 5.5.1 Error: nested MAIL command\r\n");
    const std::optional<RelayAuth> &auth = m_context.profile().auth();
    if (auth && auth->required && m_authenticatedUser.isEmpty())
        return protocolError("530 5.7.0 Authentication required\r\n");
    const std::optional<Path> path = startsWithNoCase(argument, "FROM:") ? parsePath(argument.sliced(5)) : std::nullopt;
    if (!path)
        return protocolError("501 5.5.4 Syntax: MAIL FROM:<address>\r\n");
    for (const QByteArray &parameter : path->parameters) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray key = parameter.left(equals).toUpper();
        const QByteArray value = equals < 0 ? QByteArray() : parameter.sliced(equals + 1).toUpper();
        bool ok = false;
        if (m_extended && key == "SIZE") {
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0)
                return protocolError("501 5.5.4 Bad message size syntax\r\n");
            if (size > m_context.profile().maxMessageSize())
                return send("552 5.3.4 Message size exceeds fixed limit\r\n");
        } else if (m_extended && key == "BODY" && (value == "7BIT" || value == "8BITMIME")) {
            continue;
        } else if (m_extended && key == "AUTH" && auth) {
            continue; // RFC 4954 §5: the identity the message was submitted with; the relay keeps none
        } else {
            return protocolError("555 5.5.4 Unsupported option: " + parameter + "\r\n");
        }
    }
    if (!pass(RelayPhase::Mail))
        return;
    m_inTransaction = true;
    m_record = RelayTransactionRecord{};
    m_record.connection = m_connection;
    m_record.index = ++m_transactions;
    m_record.queueId = m_context.nextQueueId();
    m_record.from = path->address;
    m_record.authUser = m_authenticatedUser;
    send("250 2.1.0 Ok\r\n");
}

void RelaySession::rcpt(QByteArrayView argument)
{
    if (!m_inTransaction)
        return protocolError("503 5.5.1 Error: need MAIL command\r\n");
    const std::optional<Path> path = startsWithNoCase(argument, "TO:") ? parsePath(argument.sliced(3)) : std::nullopt;
    if (!path)
        return protocolError("501 5.5.4 Syntax: RCPT TO:<address>\r\n");
    if (path->address.isEmpty())
        return protocolError("501 5.1.3 Bad recipient address syntax\r\n");
    if (!path->parameters.isEmpty())
        return protocolError("555 5.5.4 Unsupported option: " + path->parameters.constFirst() + "\r\n");
    if (m_accepted.size() >= maxRecipients)
        return send("452 4.5.3 Error: too many recipients\r\n");

    const QString address = QString::fromUtf8(path->address);
    if (!pass(RelayPhase::Rcpt, {address})) {
        m_record.recipients.append({path->address, 0});
        return;
    }
    const RelayRule *rule = m_context.profile().match(address, m_context.ruleUses());
    int code = 250;
    if (!rule || rule->phase == RelayPhase::Dot) {
        send("250 2.1.5 Ok\r\n");
    } else {
        code = rule->reply.code;
        send(rule->reply.render(address, m_record.queueId));
        rule = nullptr; // accepted or not, the reply after "." is the relay's own
    }
    m_record.recipients.append({path->address, code});
    if (code >= 200 && code < 300) {
        m_accepted.append(address);
        m_acceptedBytes.append(path->address);
        m_dotRules.append(rule);
    }
    if (code == 421)
        closeAfterReply("reply"_L1);
}

void RelaySession::data(QByteArrayView argument)
{
    if (!m_inTransaction)
        return protocolError("503 5.5.1 Error: need MAIL command\r\n");
    if (!argument.isEmpty())
        return protocolError("501 5.5.4 Syntax: DATA\r\n");
    if (m_accepted.isEmpty())
        return send("554 5.5.1 Error: no valid recipients\r\n");
    if (!pass(RelayPhase::Data, m_accepted))
        return;
    m_state = State::Content;
    m_content.clear();
    m_tooBig = false;
    m_lineStart = true;
    m_contentFault = m_context.profile().faults().isEmpty()
        ? nullptr : m_context.profile().fault(RelayPhase::Content, m_connection, m_accepted);
    send("354 End data with <CR><LF>.<CR><LF>\r\n");
}

// Reads content up to the final "." or the end of the input; true when it stopped for a
// reason other than needing more input.
bool RelaySession::readContent()
{
    const char *const input = m_input.constData();
    const qsizetype size = m_input.size();
    while (m_read < size) {
        qsizetype position = m_read;
        if (m_lineStart && input[position] == '.') {
            // ".\r\n" (or ".\n", as lenient servers take it) ends the content; any other line
            // starting with "." was dot-stuffed by the client (RFC 5321 §4.5.2).
            if (position + 1 >= size)
                return false;
            if (input[position + 1] == '\n' || (input[position + 1] == '\r' && position + 2 < size && input[position + 2] == '\n')) {
                m_read = position + (input[position + 1] == '\n' ? 2 : 3);
                finishContent();
                return true;
            }
            if (input[position + 1] == '\r' && position + 2 >= size)
                return false;
            m_read = ++position;
        }
        const qsizetype lineEnd = m_input.indexOf('\n', position);
        const qsizetype stop = lineEnd < 0 ? size : lineEnd + 1;
        m_lineStart = lineEnd >= 0;
        m_read = stop;
        if (appendContent(input + position, stop - position))
            return true;
    }
    return false;
}

// True when a content fault struck.
bool RelaySession::appendContent(const char *begin, qsizetype size)
{
    m_record.size += size;
    if (m_keepContent && !m_tooBig) {
        if (m_content.size() + size > m_context.profile().maxMessageSize()) {
            m_tooBig = true;
            m_content.clear();
        } else {
            m_content.append(begin, size);
        }
    } else if (m_record.size > m_context.profile().maxMessageSize()) {
        m_tooBig = true;
    }
    if (!m_contentFault || m_record.size < m_contentFault->afterBytes)
        return false;
    if (m_contentFault->kind == RelayFaultKind::Drop)
        close("fault"_L1);
    else
        stall();
    return true;
}

void RelaySession::finishContent()
{
    m_state = State::Command;
    m_content.squeeze();
    if (!pass(RelayPhase::Dot, m_accepted))
        return endTransaction("fault"_L1);

    QByteArray reply;
    if (m_tooBig) {
        reply = "552 5.3.4 Message size exceeds fixed limit\r\n";
    } else {
        // The first recipient refused after "." decides, as one reply serves them all; else
        // the first one with a rule at "dot"; else the relay's acceptance.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < m_dotRules.size() && chosen < 0; ++i) {
            if (m_dotRules[i] && m_dotRules[i]->reply.code >= 300)
                chosen = i;
        }
        for (qsizetype i = 0; i < m_dotRules.size() && chosen < 0; ++i) {
            if (m_dotRules[i])
                chosen = i;
        }
        reply = chosen < 0 ? "250 2.0.0 Ok: queued as " + m_record.queueId + "\r\n"
                           : m_dotRules[chosen]->reply.render(m_accepted[chosen], m_record.queueId);
        if (reply.startsWith('2') && m_context.maildir()) {
            const QString error = m_context.maildir()->store(m_record.queueId, m_record.from, m_acceptedBytes, m_content);
            if (!error.isEmpty()) {
                qWarning("relay: %s", qUtf8Printable(error));
                reply = "451 4.3.0 Error: queue file write error\r\n";
            }
        }
    }
    m_content = {};
    m_record.code = reply.left(3).toInt();
    send(reply);
    const bool closing = m_record.code == 421;
    endTransaction("dot"_L1);
    if (closing)
        closeAfterReply("reply"_L1);
}

void RelaySession::startTls(QByteArrayView argument)
{
    if (m_encrypted)
        return protocolError("503 5.5.1 Error: TLS already active\r\n");
    if (!m_tlsOffered)
        return protocolError("502 5.5.1 Error: command not implemented\r\n");
    if (!argument.isEmpty())
        return protocolError("501 5.5.4 Syntax: STARTTLS\r\n");
    endTransaction("starttls"_L1);
    m_output += "220 2.0.0 Ready to start TLS\r\n";
    // Whatever the client sent after STARTTLS came in clear and must not be taken as sent under
    // TLS (RFC 3207 §6; the command injection of CVE-2011-0411).
    m_input.clear();
    m_read = 0;
    m_greeted = false;
    m_extended = false;
    if (m_context.profile().fault(RelayPhase::StartTls, m_connection))
        m_state = State::TlsFailing;
    else
        m_wait = Wait::TlsHandshake;
}

// RFC 4954 with the PLAIN (RFC 4616) and LOGIN mechanisms, the response given with the command
// or after a 334 challenge.
void RelaySession::auth(QByteArrayView argument)
{
    if (!m_greeted)
        return protocolError("503 5.5.1 Error: send HELO/EHLO first\r\n");
    if (!m_authenticatedUser.isEmpty())
        return protocolError("503 5.5.1 Error: already authenticated\r\n");
    if (m_inTransaction)
        return protocolError("503 5.5.1 Error: MAIL transaction in progress\r\n");
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.first(space)).toByteArray().toUpper();
    const QByteArrayView initialResponse = space < 0 ? QByteArrayView() : argument.sliced(space + 1).trimmed();
    if (mechanism.isEmpty())
        return protocolError("501 5.5.4 Syntax: AUTH mechanism [initial-response]\r\n");
    if (mechanism != "PLAIN" && mechanism != "LOGIN")
        return protocolError("504 5.5.4 Unrecognized authentication type\r\n");
    if (!m_encrypted)
        return protocolError("538 5.7.11 Encryption required for requested authentication mechanism\r\n");
    m_authStep = mechanism == "PLAIN" ? AuthStep::PlainResponse : AuthStep::LoginUser;
    if (initialResponse.isEmpty())
        return send(mechanism == "PLAIN" ? "334 \r\n" : "334 VXNlcm5hbWU6\r\n"); // "Username:"
    // "=" is an initial response of zero length (RFC 4954 §4).
    authResponse(initialResponse == "=" ? QByteArrayView("") : initialResponse);
}

void RelaySession::authResponse(QByteArrayView response)
{
    const AuthStep step = std::exchange(m_authStep, AuthStep::None);
    if (response == "*")
        return protocolError("501 5.7.0 Authentication aborted\r\n");
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(response.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return protocolError("501 5.5.2 Cannot decode response\r\n");
    switch (step) {
    case AuthStep::PlainResponse: {
        // Authorization identity, NUL, user, NUL, password. The relay lets nobody act for
        // another user, so the identity is empty or the user's own.
        const QList<QByteArray> parts = decoded.decoded.split('\0');
        if (parts.size() != 3 || (!parts[0].isEmpty() && parts[0] != parts[1]))
            return checkCredentials("PLAIN"_L1, parts.value(1), {});
        return checkCredentials("PLAIN"_L1, parts[1], parts[2]);
    }
    case AuthStep::LoginUser:
        m_loginUser = decoded.decoded;
        m_authStep = AuthStep::LoginPassword;
        return send("334 UGFzc3dvcmQ6\r\n"); // "Password:"
    case AuthStep::LoginPassword:
        return checkCredentials("LOGIN"_L1, std::exchange(m_loginUser, {}), decoded.decoded);
    case AuthStep::None:
        break;
    }
}

// An empty password never matches: the profile refuses accounts without one.
void RelaySession::checkCredentials(QLatin1StringView mechanism, const QByteArray &user, const QByteArray &password)
{
    const QString name = QString::fromUtf8(user);
    const bool accepted = !password.isEmpty() && m_context.profile().auth()->users.value(name) == QString::fromUtf8(password);
    if (RelayLog *log = m_context.log())
        log->authentication(m_connection, mechanism, name, accepted ? 235 : 535);
    if (!accepted)
        return protocolError("535 5.7.8 Authentication credentials invalid\r\n");
    m_authenticatedUser = name;
    send("235 2.7.0 Authentication successful\r\n");
}

void RelaySession::quit()
{
    endTransaction("quit"_L1);
    send("221 2.0.0 Bye\r\n");
    closeAfterReply("quit"_L1);
}

bool RelaySession::pass(RelayPhase phase, const QStringList &recipients)
{
    m_delayNext = 0;
    if (m_context.profile().faults().isEmpty())
        return true;
    const RelayFault *fault = m_context.profile().fault(phase, m_connection, recipients);
    if (!fault)
        return true;
    switch (fault->kind) {
    case RelayFaultKind::Stall:
        stall();
        return false;
    case RelayFaultKind::Drop:
        close("fault"_L1);
        return false;
    case RelayFaultKind::Garbage:
        m_output += fault->output;
        return false;
    case RelayFaultKind::Delay:
        m_delayNext = fault->delayMs;
        return true;
    case RelayFaultKind::RejectConnection:
    case RelayFaultKind::TlsFailure:
        break;
    }
    return true;
}

void RelaySession::send(const QByteArray &reply)
{
    if (m_delayNext > 0) {
        m_heldReply = reply;
        m_delayMs = std::exchange(m_delayNext, 0);
        m_wait = Wait::Delay;
        return;
    }
    m_output += reply;
}

void RelaySession::protocolError(const QByteArray &reply)
{
    m_delayNext = 0;
    m_authStep = AuthStep::None; // an error ends any AUTH exchange under way
    send(reply);
    if (++m_errors >= hardErrorLimit) {
        send("421 4.7.0 Error: too many errors\r\n");
        close("errors"_L1);
    }
}

void RelaySession::close(QLatin1StringView reason)
{
    m_closeReason = reason;
    m_wait = Wait::Close;
    m_state = State::Done;
    m_input.clear();
    m_read = 0;
}

void RelaySession::closeAfterReply(QLatin1StringView reason)
{
    if (m_wait == Wait::Delay) {
        m_closeAfterHeld = true;
        m_closeReason = reason;
        return;
    }
    close(reason);
}

void RelaySession::stall()
{
    m_wait = Wait::Stall;
    m_state = State::Done;
    m_input.clear();
    m_read = 0;
}

void RelaySession::endTransaction(QLatin1StringView end)
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_record.end = end;
    if (RelayLog *log = m_context.log())
        log->transaction(m_record);
    m_accepted.clear();
    m_acceptedBytes.clear();
    m_dotRules.clear();
    m_content = {};
}

} // namespace diffusion
