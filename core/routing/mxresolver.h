#pragma once

#include "destination.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace diffusion {

// Finds a domain's mail hosts. An interface so that tests can inject answers.
class MxResolver
{
public:
    virtual ~MxResolver() = default;
    // Calls done (in the caller's thread, later) with the hosts in preference order: the MX
    // hosts, or the domain itself (port 25) when it has an address but no MX (RFC 5321 §5.1).
    // A null MX (RFC 7505) or a domain that does not exist gives InvalidDomain.
    virtual void resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done) = 0;
};

// Resolves with QDnsLookup, through the system's resolver.
class DnsMxResolver final : public MxResolver
{
    Q_DECLARE_TR_FUNCTIONS(DnsMxResolver)

public:
    void resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done) override;
};

// The destination key of a set of hosts: the same for every domain those hosts serve.
QString destinationKey(const QList<HostPort> &hosts);

} // namespace diffusion
