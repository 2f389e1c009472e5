#pragma once

#include "relaylog.h"
#include "relayprofile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <utility>

namespace diffusion {

class RelayContext;

// The server side of one SMTP session, without the socket: bytes in, replies out, and what the
// connection must do next (wait(), closeReason()). Keeping the socket out lets tests feed a
// session in every possible split of the input, and keeps the connection a thin shell.
//
// Commands are handled in arrival order from one buffer, so pipelined commands arriving in one
// packet are answered in order, in one write. Faults of the profile are applied here.
class RelaySession final
{
public:
    enum class Wait {
        Nothing,      // feed it what arrives
        Delay,        // a reply is held: call resume() after delayMs()
        Stall,        // it answers nothing more; the client will give up
        TlsHandshake, // start the server side of TLS, then call tlsEstablished()
        Close,        // send takeOutput(), then close the connection
    };

    RelaySession(RelayContext &context, quint64 connection, bool tlsAvailable);

    void open();                          // the greeting (or the refusal)
    void receive(QByteArrayView bytes);
    void resume();                        // the delay has passed
    void tlsEstablished();
    void connectionLost();                // the client left, or the relay stops

    QByteArray takeOutput() { return std::exchange(m_output, {}); }
    Wait wait() const { return m_wait; }
    int delayMs() const { return m_delayMs; }
    QLatin1StringView closeReason() const { return m_closeReason; }
    quint64 transactions() const { return m_transactions; }
    bool encrypted() const { return m_encrypted; }
    QString authenticatedUser() const { return m_authenticatedUser; } // empty: nobody yet

private:
    enum class State { Command, Content, TlsFailing, Done };
    // Where an AUTH exchange stands: the next line is the client's answer to a 334 challenge.
    enum class AuthStep { None, PlainResponse, LoginUser, LoginPassword };

    void process();
    void command(QByteArrayView line);
    void hello(QByteArrayView argument, bool extended);
    void mail(QByteArrayView argument);
    void rcpt(QByteArrayView argument);
    void data(QByteArrayView argument);
    void startTls(QByteArrayView argument);
    void auth(QByteArrayView argument);
    void authResponse(QByteArrayView response);
    void checkCredentials(QLatin1StringView mechanism, const QByteArray &user, const QByteArray &password);
    void quit();

    bool readContent();
    bool appendContent(const char *begin, qsizetype size);
    void finishContent();

    // Applies the profile's fault at this phase, if any: false when the command must not take
    // effect (the reply was replaced by garbage, a stall or a drop).
    bool pass(RelayPhase phase, const QStringList &recipients = {});
    void send(const QByteArray &reply);
    void protocolError(const QByteArray &reply);
    void close(QLatin1StringView reason);
    void closeAfterReply(QLatin1StringView reason);
    void stall();
    void endTransaction(QLatin1StringView end);
    QByteArray ehloReply() const;

    RelayContext &m_context;
    const quint64 m_connection;
    const bool m_tlsOffered;

    State m_state = State::Command;
    Wait m_wait = Wait::Nothing;
    int m_delayMs = 0;
    int m_delayNext = 0;          // set by pass() for the reply send() gives next
    QByteArray m_heldReply;       // the reply a Delay holds
    bool m_closeAfterHeld = false;
    QLatin1StringView m_closeReason;

    QByteArray m_input;
    qsizetype m_read = 0;         // what m_input holds before this is handled
    QByteArray m_output;
    bool m_skippingLongLine = false;

    bool m_greeted = false;       // EHLO or HELO given (again after STARTTLS)
    bool m_extended = false;      // EHLO: parameters allowed
    bool m_encrypted = false;
    int m_errors = 0;
    quint64 m_transactions = 0;

    AuthStep m_authStep = AuthStep::None;
    QByteArray m_loginUser;       // LOGIN: the user name, while the password is asked for
    QString m_authenticatedUser;

    // The current mail transaction.
    bool m_inTransaction = false;
    RelayTransactionRecord m_record;
    QStringList m_accepted;                 // accepted recipients, for rules and faults
    QList<QByteArray> m_acceptedBytes;      // the same, as they go in the Maildir file
    QList<const RelayRule *> m_dotRules;    // for each accepted recipient: its rule at "dot", or null
    QByteArray m_content;
    bool m_keepContent = false;
    bool m_tooBig = false;
    bool m_lineStart = true;
    const RelayFault *m_contentFault = nullptr;
};

} // namespace diffusion
