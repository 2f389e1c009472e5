#pragma once

#include "relaypattern.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace diffusion {

// The points of a session at which a profile answers or misbehaves, in session order. The names
// a profile uses are those of RelayProfile::phaseName().
enum class RelayPhase {
    Connect,  // before the greeting (reject-connection)
    Greeting, // the 220 greeting
    Ehlo,     // the reply to EHLO or HELO
    Mail,     // the reply to MAIL FROM
    Rcpt,     // the reply to RCPT TO
    Data,     // the 354 reply to DATA
    Content,  // while the message content arrives
    Dot,      // the reply after the final "."
    StartTls, // the TLS handshake after STARTTLS (tls-failure)
};

// A reply as a profile writes it: "550 5.1.1 <{address}>: User unknown". "\n" separates the
// lines of a multi-line reply; {address} and {id} become the recipient and the queue id.
struct RelayReply {
    int code = 0;
    QString text; // what follows the code on each line, lines separated by "\n"

    // "NNN text" with a code from 200 to 599; nothing when the text is not such a reply.
    static std::optional<RelayReply> parse(const QString &written);
    // The reply on the wire: every line with its code, CRLF ends.
    QByteArray render(QStringView address, QByteArrayView queueId) const;
};

// One recipient rule: the first rule whose pattern matches and that has replies left answers.
struct RelayRule {
    RelayPattern pattern;
    RelayReply reply;
    RelayPhase phase = RelayPhase::Rcpt; // Rcpt, or Dot: RCPT is accepted and this is the reply after "."
    int count = 0; // replies per address before the rule stands aside for the next ones; 0: no limit
};

enum class RelayFaultKind { Stall, Delay, Drop, Garbage, RejectConnection, TlsFailure };

// One misbehaviour of the relay, for testing how a client copes.
struct RelayFault {
    RelayFaultKind kind = RelayFaultKind::Stall;
    RelayPhase phase = RelayPhase::Greeting;
    RelayPattern recipients;  // at rcpt and later: only when a recipient matches; default every one
    quint64 connections = 0;  // only on the relay's first N connections; 0: on every one
    int delayMs = 0;          // Delay: how long the reply waits
    qint64 afterBytes = 1;    // Content: how many content bytes arrive before the fault strikes
    QByteArray output;        // Garbage: the bytes sent instead of the reply; RejectConnection: the reply
};

// The accounts the relay accepts with AUTH PLAIN or LOGIN, which it offers only under TLS.
struct RelayAuth {
    QHash<QString, QString> users; // user name → password
    bool required = false;         // MAIL FROM is refused (530) until the client has authenticated
};

// How many times each counted rule has answered each address. One per relay, shared by its
// connections, so that "421 three times, then 250" holds across connections as it does at a
// throttling MTA.
struct RelayRuleUses {
    QHash<QPair<qsizetype, QString>, int> counts; // (rule index, case-folded address) → replies given
};

// What the relay answers, read from a JSON profile (docs/relay.md): ordered recipient rules,
// faults, the relay's name and size limit. Immutable once read; matching is pure apart from the
// counts the caller keeps.
class RelayProfile final
{
public:
    // The profile used when none is given (resources/relay/default-profile.json).
    static RelayProfile builtIn();
    // Throw RelayError with a sentence naming the file and the problem.
    static RelayProfile fromFile(const QString &path);
    static RelayProfile fromJson(const QByteArray &json, const QString &source);

    const QList<RelayRule> &rules() const { return m_rules; }
    const QList<RelayFault> &faults() const { return m_faults; }
    QString hostname() const { return m_hostname; } // empty: the machine's name
    qint64 maxMessageSize() const { return m_maxMessageSize; }
    // Nothing when the profile has no "auth": the relay then knows no AUTH command.
    const std::optional<RelayAuth> &auth() const { return m_auth; }

    // The first rule that matches the address and has replies left for it, counting the reply
    // it gives; null when none does and the relay's plain acceptance applies.
    const RelayRule *match(QStringView address, RelayRuleUses &uses) const;
    // The first fault at this phase that applies to this connection (numbered from 1) and, when
    // it is limited to recipients, to one of these.
    const RelayFault *fault(RelayPhase phase, quint64 connection, const QStringList &recipients = {}) const;

    static QString phaseName(RelayPhase phase);

private:
    QList<RelayRule> m_rules;
    QList<RelayFault> m_faults;
    QString m_hostname;
    qint64 m_maxMessageSize = 50 * 1024 * 1024;
    std::optional<RelayAuth> m_auth;

    friend class RelayProfileReader;
};

} // namespace diffusion
