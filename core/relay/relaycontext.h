#pragma once

#include "relaylog.h"
#include "relaymaildir.h"
#include "relayprofile.h"

#include <QSslConfiguration>
#include <memory>
#include <optional>

namespace diffusion {

// What the sessions of one relay share: the profile and its rule counts, the TLS configuration,
// the Maildir and the log (both optional), the numbering of connections and queue ids, and the
// count of open connections. Owned by the RelayServer; lives in its thread.
class RelayContext final
{
public:
    // Throws RelayError when the profile asks for AUTH and there is no TLS to offer it under.
    explicit RelayContext(RelayProfile profile, std::optional<QSslConfiguration> tls = std::nullopt,
                          std::unique_ptr<RelayMaildir> maildir = nullptr, std::unique_ptr<RelayLog> log = nullptr);

    const RelayProfile &profile() const { return m_profile; }
    RelayRuleUses &ruleUses() { return m_ruleUses; }
    const std::optional<QSslConfiguration> &tls() const { return m_tls; }
    RelayMaildir *maildir() const { return m_maildir.get(); }
    RelayLog *log() const { return m_log.get(); }
    const QByteArray &hostname() const { return m_hostname; }

    // A queue id unique to this run and unlikely to repeat across runs: "65F0A3C2" + sequence.
    QByteArray nextQueueId();

    // Numbers a new connection (from 1), counts it open and logs it.
    quint64 connectionOpened(const QString &peer);
    // Counts it closed and logs it; called once per connection, when the relay ends the session
    // or notices the client's close.
    void connectionClosed(quint64 connection, quint64 transactions, QLatin1StringView reason);
    qsizetype openConnections() const { return m_open; }
    quint64 connections() const { return m_connections; }

private:
    RelayProfile m_profile;
    RelayRuleUses m_ruleUses;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<RelayMaildir> m_maildir;
    std::unique_ptr<RelayLog> m_log;
    QByteArray m_hostname;
    QByteArray m_queuePrefix;
    quint64 m_messages = 0;
    quint64 m_connections = 0;
    qsizetype m_open = 0;
};

} // namespace diffusion
