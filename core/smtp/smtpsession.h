#pragma once

#include "smtpcapabilities.h"
#include "smtpreplyparser.h"
#include "smtptypes.h"

#include <QObject>
#include <deque>

class QSslSocket;
class QTimer;

namespace diffusion {

// One SMTP client connection, driven by the event loop of the thread that creates it: never
// blocks, never waits, never runs a nested event loop.
//
// Use: open(); on ready(), send() one message while isReady(); each send() gets exactly one
// outcome(). close() sends QUIT once nothing is in flight. closed() is always the last signal.
// failed() tells that the session could not open, or broke while no message was in flight; when
// messages were in flight, each gets its outcome() (ConnectionError, or Deferred on a 421)
// instead. Delete the session only after closed(), or with deleteLater().
//
// With PIPELINING (RFC 2920), MAIL, RCPT and DATA go out in one write, and ready() comes as soon
// as a message's data is written: the next message's commands go out before the server has
// answered the previous ".", and replies are matched in order (at most two messages in flight).
class SmtpSession final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpSession(const SmtpSessionConfig &config, QObject *parent = nullptr);

    // Connects, reads the greeting, says EHLO (HELO when EHLO is refused with 5xx), starts TLS as
    // the policy says (then EHLO again) and authenticates when credentials are set.
    void open();
    // Whether send() may be called now.
    bool isReady() const;
    // Sends one message; only when isReady() (otherwise, a programming error, its ConnectionError
    // outcome() is emitted at once). A message over the server's SIZE limit, or with a line break
    // in an envelope address, is not sent: its Rejected outcome() comes from the event loop,
    // followed by ready().
    void send(const SmtpMessage &message);
    // Says QUIT once no message is in flight (at once when idle; no further ready()), then
    // closed(). Before the session is open, it closes the connection and emits closed() at once.
    void close();

    // What the server announced in its last EHLO reply.
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    bool isEncrypted() const;

Q_SIGNALS:
    void ready();
    void outcome(const diffusion::SmtpOutcome &outcome);
    void failed(const diffusion::SmtpOutcome &reason);
    void closed();
    // "C: …" and "S: …" protocol lines when the configuration asks for them; AUTH secrets masked.
    void trace(const QString &line);

private:
    enum class State {
        Unopened, Connecting, Greeting, Ehlo, Helo, StartTls, Handshake,
        AuthPlain, AuthLogin, AuthLoginUser, AuthLoginPassword, Open, Quitting, Closed
    };
    // The replies awaited while the session is open, in the order the commands went out.
    enum class Command { Rset, MailFrom, RcptTo, Data, Body };

    struct Transaction {
        qint64 id = 0;
        QByteArray recipientCommand;        // "RCPT TO:<…>", sent later without pipelining
        QByteArray block;                   // the data block after DATA, until it is written
        SmtpPhase phase = SmtpPhase::MailFrom; // of the next reply it awaits
        int awaitedReplies = 0;
        bool dotSent = false;               // the server ends the transaction whatever it answers
        std::optional<SmtpOutcome> failure; // the first 4xx or 5xx reply
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout();

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleTransactionReply(const SmtpReply &reply);

    void sendEhlo();
    void negotiate();      // STARTTLS as the policy says, then authenticate()
    void authenticate();   // when there are credentials, then becomeOpen()
    void becomeOpen();
    void sendData(Transaction &transaction);
    void finishTransaction(const SmtpReply &reply);
    void sendQuit();

    void await(State state, int timeoutMs);
    void await(Transaction &transaction, Command command);
    void armTransactionTimer();
    void announceReadiness();
    void emitLocalOutcomes();

    // Ends the session: every message in flight gets its outcome, or failed() when there is none,
    // then closed(). The outcome's kind follows the reply's class; without a reply it is a
    // ConnectionError.
    void abortSession(SmtpPhase phase, const QString &error, const SmtpReply &reply = {});
    // Ends the session on a reply: a refusal (4xx, 5xx) or one that does not fit its command.
    void endOnReply(const SmtpReply &reply, const QString &refusal);
    void finishClosing();
    void shutDown();

    SmtpPhase phase() const;
    static SmtpPhase phaseOf(Command command);
    static SmtpPhase phaseAfter(Command command);
    SmtpOutcome makeOutcome(qint64 id, SmtpOutcome::Kind kind, SmtpPhase phase, const SmtpReply &reply,
                            const QString &error = {}) const;
    void write(const QByteArray &bytes);
    void writeSecret(const QByteArray &bytes, const QString &shown);
    void traceLines(QStringView prefix, QByteArrayView bytes);

    const SmtpSessionConfig m_config;
    QSslSocket *m_socket;
    QTimer *m_timer;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    State m_state = State::Unopened;
    QStringList m_certificateErrors;

    std::deque<Command> m_awaited;
    std::deque<Transaction> m_transactions;
    QList<SmtpOutcome> m_localOutcomes; // refused before sending, delivered from the event loop
    bool m_resetNeeded = false;         // a failed transaction was left open on the server
    bool m_readyAnnounced = false;
    bool m_closeRequested = false;
};

} // namespace diffusion
