#pragma once

#include "destination.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <functional>

namespace diffusion {

// Finds a domain's mail hosts. An interface so that tests can inject answers.
class MxResolver
{
public:
    virtual ~MxResolver() = default;
    // Calls done (in the caller's thread, later) with the hosts in preference order: the MX
    // hosts, or the domain itself when it has an address but no MX (RFC 5321 §5.1).
    // A null MX (RFC 7505) or a domain that does not exist gives InvalidDomain.
    virtual void resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done) = 0;
};

// Resolves with QDnsLookup, through the system's resolver or the nameserver given. The hosts it
// finds get the port given (25 for the Internet; another one for a test or lab network).
class DnsMxResolver final : public MxResolver
{
    Q_DECLARE_TR_FUNCTIONS(DnsMxResolver)

public:
    // With a nameserver (asked on port 53), the hosts' IPv4 addresses are looked up there too
    // and put in HostPort::address: the system's resolver, which connecting uses, would not know
    // the names that server serves.
    explicit DnsMxResolver(const QHostAddress &nameserver = {}, quint16 port = 25);

    void resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done) override;

private:
    QHostAddress m_nameserver;
    quint16 m_port;
};

// The destination key of a set of hosts: the same for every domain those hosts serve.
QString destinationKey(const QList<HostPort> &hosts);

} // namespace diffusion
