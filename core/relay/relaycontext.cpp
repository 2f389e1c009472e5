#include "relaycontext.h"

#include "relayerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace diffusion {

RelayContext::RelayContext(RelayProfile profile, std::optional<QSslConfiguration> tls,
                           std::unique_ptr<RelayMaildir> maildir, std::unique_ptr<RelayLog> log)
    : m_profile(std::move(profile)), m_tls(std::move(tls)), m_maildir(std::move(maildir)), m_log(std::move(log))
{
    if (m_profile.auth() && !m_tls)
        throw RelayError(QCoreApplication::translate("Relay", "The profile's \"auth\" needs TLS: the relay offers AUTH only after "
                                                             "STARTTLS, so that passwords never travel in clear. Give --tls-cert and --tls-key."));
    const QString hostname = m_profile.hostname().isEmpty() ? QSysInfo::machineHostName() : m_profile.hostname();
    m_hostname = hostname.isEmpty() ? QByteArrayLiteral("localhost") : hostname.toUtf8();
    m_queuePrefix = QByteArray::number(QDateTime::currentSecsSinceEpoch(), 16).toUpper().right(8);
}

QByteArray RelayContext::nextQueueId()
{
    return m_queuePrefix + QByteArray::number(++m_messages, 16).toUpper().rightJustified(6, '0');
}

quint64 RelayContext::connectionOpened(const QString &peer)
{
    ++m_open;
    ++m_connections;
    if (m_log)
        m_log->connectionOpened(m_connections, m_open, peer);
    return m_connections;
}

void RelayContext::connectionClosed(quint64 connection, quint64 transactions, QLatin1StringView reason)
{
    --m_open;
    if (m_log)
        m_log->connectionClosed(connection, m_open, transactions, reason);
}

} // namespace diffusion
