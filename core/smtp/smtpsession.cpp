#include "smtpsession.h"

#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace diffusion {

namespace {

constexpr QByteArrayView crlf = "\r\n";

SmtpOutcome::Kind kindOf(const SmtpReply &reply)
{
    if (reply.isTransient())
        return SmtpOutcome::Kind::Deferred;
    if (reply.isPermanent())
        return SmtpOutcome::Kind::Rejected;
    return SmtpOutcome::Kind::ConnectionError;
}

bool hasLineBreak(const QByteArray &address)
{
    return address.contains('\r') || address.contains('\n');
}

} // namespace

SmtpSession::SmtpSession(const SmtpSessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_socket(new QSslSocket(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onSocketError);
    // Only emitted when certificates are checked (Verify); they are never ignored.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_certificateErrors.append(error.errorString());
    });

    if (m_config.tls == TlsPolicy::Disabled)
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (m_config.tls == TlsPolicy::Verify) {
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_config.caCertificates.isEmpty())
            tls.setCaCertificates(m_config.caCertificates);
        m_socket->setPeerVerifyName(m_config.serverName.isEmpty() ? m_config.host : m_config.serverName);
    } else {
        // Opportunistic and Required encrypt against passive listeners only, as MTAs do: most
        // mail servers present certificates that would not pass a check.
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_socket->setSslConfiguration(tls);
}

void SmtpSession::open()
{
    if (m_state != State::Unopened) {
        qWarning("SmtpSession::open(): the session was already opened");
        return;
    }
    await(State::Connecting, m_config.connectTimeoutMs);
    m_socket->connectToHost(m_config.host, m_config.port);
}

bool SmtpSession::isReady() const
{
    if (m_state != State::Open || m_closeRequested)
        return false;
    if (m_transactions.empty())
        return true;
    // Pipelining: one message may still await its final reply while the next one goes out.
    return m_capabilities.pipelining && m_transactions.size() == 1 && m_transactions.front().dotSent;
}

void SmtpSession::send(const SmtpMessage &message)
{
    if (!isReady()) {
        qWarning("SmtpSession::send(): the session is not ready");
        emit outcome(makeOutcome(message.id, SmtpOutcome::Kind::ConnectionError, SmtpPhase::MailFrom, {},
                                 tr("The message was handed to an SMTP session that was not ready for it.")));
        return;
    }
    m_readyAnnounced = false;

    QString refusal;
    if (hasLineBreak(message.envelopeFrom) || hasLineBreak(message.recipient)) {
        refusal = tr("An envelope address contains a line break; the message was not sent.");
    } else if (m_capabilities.sizeLimit > 0 && message.size > m_capabilities.sizeLimit) {
        const QLocale locale;
        refusal = tr("The message is %1 bytes long, more than the %2 bytes the server accepts (SIZE); it was not sent.")
                      .arg(locale.toString(message.size), locale.toString(m_capabilities.sizeLimit));
    }
    if (!refusal.isEmpty()) {
        // From the event loop, as for a message that was sent: the caller is never re-entered.
        if (m_localOutcomes.isEmpty())
            QMetaObject::invokeMethod(this, &SmtpSession::emitLocalOutcomes, Qt::QueuedConnection);
        m_localOutcomes.append(makeOutcome(message.id, SmtpOutcome::Kind::Rejected, SmtpPhase::MailFrom, {}, refusal));
        return;
    }

    Transaction &transaction = m_transactions.emplace_back();
    transaction.id = message.id;
    transaction.block = message.block;
    transaction.recipientCommand = "RCPT TO:<" + message.recipient + '>' + crlf;

    QByteArray batch;
    batch.reserve(64 + message.envelopeFrom.size() + transaction.recipientCommand.size());
    if (m_resetNeeded) {
        batch += "RSET" + crlf;
        m_awaited.push_back(Command::Rset);
        m_resetNeeded = false;
    }
    batch += "MAIL FROM:<" + message.envelopeFrom + '>';
    if (m_capabilities.sizeLimit > 0)
        batch += " SIZE=" + QByteArray::number(message.size);
    batch += crlf;
    await(transaction, Command::MailFrom);
    if (m_capabilities.pipelining) {
        batch += transaction.recipientCommand + "DATA" + crlf;
        await(transaction, Command::RcptTo);
        await(transaction, Command::Data);
    }
    write(batch);
    if (!m_timer->isActive())
        armTransactionTimer();
}

void SmtpSession::close()
{
    switch (m_state) {
    case State::Closed:
    case State::Quitting:
        return;
    case State::Open:
        if (m_transactions.empty())
            sendQuit();
        else
            m_closeRequested = true;
        return;
    default:
        // Not open yet: there is no one to say goodbye to.
        finishClosing();
    }
}

bool SmtpSession::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void SmtpSession::onConnected()
{
    if (m_state != State::Connecting)
        return;
    // Pipelined batches are written whole; waiting to coalesce them would only add latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    await(State::Greeting, m_config.commandTimeoutMs);
}

void SmtpSession::onEncrypted()
{
    if (m_state == State::Handshake)
        sendEhlo();
}

void SmtpSession::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_parser.append(m_socket->readAll());
    for (;;) {
        switch (m_parser.next()) {
        case SmtpReplyParser::Status::Incomplete:
            return;
        case SmtpReplyParser::Status::Error:
            abortSession(phase(), m_parser.errorText());
            return;
        case SmtpReplyParser::Status::Reply:
            if (m_config.trace)
                traceLines(u"S: ", m_parser.rawReply());
            handleReply(m_parser.reply());
            // After STARTTLS's reply, the bytes belong to TLS.
            if (m_state == State::Closed || m_state == State::Handshake)
                return;
        }
    }
}

void SmtpSession::onSocketError()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Handshake) {
        if (!m_certificateErrors.isEmpty()) {
            abortSession(phase(), tr("The certificate of %1 was refused: %2. Add the authority that signed it to the "
                                     "trusted certificates, or choose a TLS policy that does not check certificates.")
                                      .arg(m_socket->peerVerifyName(), m_certificateErrors.join(u"; ")));
        } else {
            abortSession(phase(), tr("The TLS handshake with %1 failed: %2.").arg(m_config.host, m_socket->errorString()));
        }
    } else if (m_state == State::Connecting) {
        abortSession(phase(), tr("Cannot connect to %1 port %2: %3.")
                                  .arg(m_config.host, QString::number(m_config.port), m_socket->errorString()));
    } else if (m_socket->error() == QAbstractSocket::RemoteHostClosedError
               || m_socket->state() == QAbstractSocket::UnconnectedState) {
        abortSession(phase(), tr("%1 closed the connection.").arg(m_config.host));
    } else {
        abortSession(phase(), tr("The connection to %1 broke: %2.").arg(m_config.host, m_socket->errorString()));
    }
}

void SmtpSession::onTimeout()
{
    switch (m_state) {
    case State::Connecting:
        abortSession(phase(), tr("No connection to %1 port %2 within %Ln ms.", nullptr, m_config.connectTimeoutMs)
                                  .arg(m_config.host, QString::number(m_config.port)));
        break;
    case State::Handshake:
        abortSession(phase(), tr("The TLS handshake with %1 did not finish within %Ln ms.", nullptr,
                                 m_config.connectTimeoutMs).arg(m_config.host));
        break;
    default:
        abortSession(phase(), tr("%1 did not answer within %Ln ms.", nullptr, m_timer->interval()).arg(m_config.host));
    }
}

void SmtpSession::handleReply(const SmtpReply &reply)
{
    // RFC 5321 §3.8: 421 may answer any command; the server is closing the channel.
    if (reply.code == 421 && m_state != State::Quitting) {
        abortSession(phase(), tr("%1 is closing the connection.").arg(m_config.host), reply);
        return;
    }
    switch (m_state) {
    case State::Greeting:
        handleGreeting(reply);
        break;
    case State::Ehlo:
        handleEhlo(reply);
        break;
    case State::Helo:
        handleHelo(reply);
        break;
    case State::StartTls:
        handleStartTls(reply);
        break;
    case State::AuthPlain:
    case State::AuthLogin:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        handleAuth(reply);
        break;
    case State::Open:
        handleTransactionReply(reply);
        break;
    case State::Quitting:
        finishClosing();
        break;
    case State::Unopened:
    case State::Connecting:
    case State::Handshake:
    case State::Closed:
        break; // no bytes are read in these states
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    if (reply.code == 220)
        sendEhlo();
    else
        endOnReply(reply, tr("The server refused the connection."));
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.code / 100 == 2) {
        m_capabilities = SmtpCapabilities::fromEhloReply(reply);
        negotiate();
    } else if (reply.isPermanent()) {
        // RFC 5321 §3.2: a server that does not know EHLO may still know HELO.
        write("HELO " + m_config.heloName.toUtf8() + crlf);
        await(State::Helo, m_config.commandTimeoutMs);
    } else {
        endOnReply(reply, tr("The server refused EHLO."));
    }
}

void SmtpSession::handleHelo(const SmtpReply &reply)
{
    if (reply.code / 100 == 2) {
        m_capabilities = {};
        negotiate();
    } else {
        endOnReply(reply, tr("The server refused both EHLO and HELO."));
    }
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        // Anything sent before the handshake could be an attacker's injection (RFC 3207 §6).
        if (m_parser.pendingBytes() > 0) {
            abortSession(phase(), tr("The server sent more data after agreeing to start TLS; the session was closed."));
            return;
        }
        await(State::Handshake, m_config.connectTimeoutMs);
        m_socket->startClientEncryption();
    } else if (reply.code >= 400 && m_config.tls == TlsPolicy::Opportunistic) {
        authenticate(); // in clear: the policy takes TLS only when the server can do it
    } else {
        endOnReply(reply, tr("The server refused STARTTLS, and the TLS policy requires it."));
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    const SmtpCredentials &credentials = *m_config.credentials;
    if (reply.code == 235 && (m_state == State::AuthPlain || m_state == State::AuthLoginPassword)) {
        becomeOpen();
    } else if (reply.code == 334 && m_state == State::AuthLogin) {
        writeSecret(credentials.user.toUtf8().toBase64() + crlf, u"********"_qs);
        await(State::AuthLoginUser, m_config.commandTimeoutMs);
    } else if (reply.code == 334 && m_state == State::AuthLoginUser) {
        writeSecret(credentials.password.toUtf8().toBase64() + crlf, u"********"_qs);
        await(State::AuthLoginPassword, m_config.commandTimeoutMs);
    } else {
        endOnReply(reply, tr("The server refused the credentials; check the user name and the password."));
    }
}

void SmtpSession::handleTransactionReply(const SmtpReply &reply)
{
    if (m_awaited.empty()) {
        abortSession(phase(), tr("The server sent “%1” while no command awaited a reply.").arg(reply.toString()));
        return;
    }
    const Command command = m_awaited.front();
    m_awaited.pop_front();
    if (command == Command::Rset) {
        if (reply.code / 100 == 2)
            armTransactionTimer();
        else
            abortSession(phase(), tr("The server refused RSET (“%1”); the session cannot go on.").arg(reply.toString()));
        return;
    }

    Transaction &transaction = m_transactions.front();
    --transaction.awaitedReplies;
    if (reply.code / 100 == (command == Command::Data ? 3 : 2)) {
        if (command == Command::MailFrom && !m_capabilities.pipelining) {
            write(transaction.recipientCommand);
            await(transaction, Command::RcptTo);
        } else if (command == Command::RcptTo && !m_capabilities.pipelining) {
            write("DATA" + crlf);
            await(transaction, Command::Data);
        } else if (command == Command::Data) {
            sendData(transaction);
        }
    } else if (reply.code < 400) {
        endOnReply(reply, {});
        return;
    } else if (!transaction.failure) {
        // The first refusal decides; the replies to the commands pipelined after it are read
        // and ignored.
        transaction.failure = makeOutcome(transaction.id, kindOf(reply), phaseOf(command), reply);
    }
    transaction.phase = phaseAfter(command);
    if (transaction.awaitedReplies == 0)
        finishTransaction(reply);
    armTransactionTimer();
    announceReadiness();
}

void SmtpSession::sendEhlo()
{
    write("EHLO " + m_config.heloName.toUtf8() + crlf);
    await(State::Ehlo, m_config.commandTimeoutMs);
}

void SmtpSession::negotiate()
{
    if (m_config.tls != TlsPolicy::Disabled && !m_socket->isEncrypted()) {
        if (m_capabilities.startTls) {
            write("STARTTLS" + crlf);
            await(State::StartTls, m_config.commandTimeoutMs);
            return;
        }
        if (m_config.tls != TlsPolicy::Opportunistic) {
            abortSession(SmtpPhase::StartTls,
                         tr("The server does not offer STARTTLS, and the TLS policy requires it."));
            return;
        }
    }
    authenticate();
}

void SmtpSession::authenticate()
{
    if (!m_config.credentials) {
        becomeOpen();
        return;
    }
    if (!m_socket->isEncrypted()) {
        abortSession(SmtpPhase::Auth, tr("The connection is not encrypted and credentials are never sent in clear; "
                                         "choose a TLS policy that starts TLS, or remove the credentials."));
        return;
    }
    const SmtpCredentials &credentials = *m_config.credentials;
    if (m_capabilities.authPlain) {
        // RFC 4616: authorization identity (empty), NUL, user, NUL, password.
        const QByteArray response = '\0' + credentials.user.toUtf8() + '\0' + credentials.password.toUtf8();
        writeSecret("AUTH PLAIN " + response.toBase64() + crlf, u"AUTH PLAIN ********"_qs);
        await(State::AuthPlain, m_config.commandTimeoutMs);
    } else if (m_capabilities.authLogin) {
        write("AUTH LOGIN" + crlf);
        await(State::AuthLogin, m_config.commandTimeoutMs);
    } else {
        abortSession(SmtpPhase::Auth, tr("The server offers no authentication mechanism this client knows (PLAIN, "
                                         "LOGIN); remove the credentials or choose another server."));
    }
}

void SmtpSession::becomeOpen()
{
    m_state = State::Open;
    m_timer->stop();
    announceReadiness();
}

void SmtpSession::sendData(Transaction &transaction)
{
    if (transaction.failure) {
        // A server may answer DATA with 354 although every recipient was refused: an empty
        // message ends the transaction, which delivers nothing.
        write("." + crlf);
    } else {
        m_socket->write(transaction.block);
        if (m_config.trace) {
            emit trace(u"C: "_qs + tr("(%Ln bytes of message data)", nullptr, int(transaction.block.size() - 3)));
            emit trace(u"C: ."_qs);
        }
    }
    transaction.block = {};
    transaction.dotSent = true;
    await(transaction, Command::Body);
}

void SmtpSession::finishTransaction(const SmtpReply &reply)
{
    const Transaction transaction = std::move(m_transactions.front());
    m_transactions.pop_front();
    // Once "." is sent the server ends the transaction whatever it answers (RFC 5321 §4.1.1.4);
    // a transaction refused before that is still open on the server.
    if (transaction.failure && !transaction.dotSent)
        m_resetNeeded = true;
    emit outcome(transaction.failure ? *transaction.failure
                                     : makeOutcome(transaction.id, SmtpOutcome::Kind::Accepted, SmtpPhase::Body, reply));
    if (m_state == State::Open && m_closeRequested && m_transactions.empty())
        sendQuit();
}

void SmtpSession::sendQuit()
{
    write("QUIT" + crlf);
    await(State::Quitting, m_config.commandTimeoutMs);
}

void SmtpSession::await(State state, int timeoutMs)
{
    m_state = state;
    m_timer->start(timeoutMs);
}

void SmtpSession::await(Transaction &transaction, Command command)
{
    m_awaited.push_back(command);
    ++transaction.awaitedReplies;
}

void SmtpSession::armTransactionTimer()
{
    if (m_state != State::Open)
        return;
    if (m_awaited.empty())
        m_timer->stop();
    else
        m_timer->start(m_awaited.front() == Command::Body ? m_config.dataTimeoutMs : m_config.commandTimeoutMs);
}

void SmtpSession::announceReadiness()
{
    if (!m_readyAnnounced && isReady()) {
        m_readyAnnounced = true;
        emit ready();
    }
}

void SmtpSession::emitLocalOutcomes()
{
    const QList<SmtpOutcome> outcomes = std::exchange(m_localOutcomes, {});
    for (const SmtpOutcome &refused : outcomes)
        emit outcome(refused);
    announceReadiness();
}

void SmtpSession::abortSession(SmtpPhase phase, const QString &error, const SmtpReply &reply)
{
    if (m_state == State::Quitting) {
        finishClosing(); // the session was ending anyway: nothing failed
        return;
    }
    shutDown();
    const std::deque<Transaction> transactions = std::exchange(m_transactions, {});
    m_awaited.clear();
    emitLocalOutcomes();
    const SmtpOutcome::Kind kind = kindOf(reply);
    for (const Transaction &transaction : transactions) {
        emit outcome(transaction.failure ? *transaction.failure
                                         : makeOutcome(transaction.id, kind, transaction.phase, reply, error));
    }
    if (transactions.empty())
        emit failed(makeOutcome(0, kind, phase, reply, error));
    emit closed();
}

void SmtpSession::endOnReply(const SmtpReply &reply, const QString &refusal)
{
    if (reply.code >= 400)
        abortSession(phase(), refusal, reply);
    else
        abortSession(phase(), tr("The server answered “%1”, which does not fit the command it answers.")
                                  .arg(reply.toString()), reply);
}

void SmtpSession::finishClosing()
{
    shutDown();
    emitLocalOutcomes();
    emit closed();
}

void SmtpSession::shutDown()
{
    m_state = State::Closed;
    m_timer->stop();
    m_socket->abort();
}

SmtpPhase SmtpSession::phase() const
{
    switch (m_state) {
    case State::Unopened:
    case State::Connecting:
        return SmtpPhase::Connect;
    case State::Greeting:
        return SmtpPhase::Greeting;
    case State::Ehlo:
    case State::Helo:
        return SmtpPhase::Ehlo;
    case State::StartTls:
    case State::Handshake:
        return SmtpPhase::StartTls;
    case State::AuthPlain:
    case State::AuthLogin:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        return SmtpPhase::Auth;
    case State::Open:
        return m_transactions.empty() ? SmtpPhase::MailFrom : m_transactions.front().phase;
    case State::Quitting:
    case State::Closed:
        break;
    }
    return SmtpPhase::Quit;
}

SmtpPhase SmtpSession::phaseOf(Command command)
{
    switch (command) {
    case Command::Rset:
    case Command::MailFrom:
        break;
    case Command::RcptTo:
        return SmtpPhase::RcptTo;
    case Command::Data:
        return SmtpPhase::Data;
    case Command::Body:
        return SmtpPhase::Body;
    }
    return SmtpPhase::MailFrom;
}

SmtpPhase SmtpSession::phaseAfter(Command command)
{
    switch (command) {
    case Command::Rset:
        break;
    case Command::MailFrom:
        return SmtpPhase::RcptTo;
    case Command::RcptTo:
        return SmtpPhase::Data;
    case Command::Data:
    case Command::Body:
        return SmtpPhase::Body;
    }
    return SmtpPhase::MailFrom;
}

SmtpOutcome SmtpSession::makeOutcome(qint64 id, SmtpOutcome::Kind kind, SmtpPhase phase, const SmtpReply &reply,
                                     const QString &error) const
{
    return {id, kind, phase, reply, error, m_config.host};
}

void SmtpSession::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    if (m_config.trace)
        traceLines(u"C: ", bytes);
}

void SmtpSession::writeSecret(const QByteArray &bytes, const QString &shown)
{
    m_socket->write(bytes);
    if (m_config.trace)
        emit trace(u"C: "_qs + shown);
}

void SmtpSession::traceLines(QStringView prefix, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        qsizetype end = bytes.indexOf('\n');
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.first(end);
        if (line.endsWith('\r'))
            line.chop(1);
        emit trace(prefix + QString::fromUtf8(line));
        bytes = bytes.sliced(std::min(end + 1, bytes.size()));
    }
}

} // namespace diffusion
