#pragma once

#include "hostport.h"
#include "smtp/smtptypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace diffusion {

// Where a domain's mail goes: the hosts to try in order. Domains with the same hosts share one
// destination (one queue, one budget), as every domain hosted by one provider does.
struct Destination {
    enum class Status { Ok, InvalidDomain, TemporaryFailure };
    Status status = Status::Ok;
    QString key;                 // identifies the destination: its sorted host names, or the route
    QList<HostPort> hosts;       // in the order to try (MX preference, or the route's failover order)
    std::optional<TlsPolicy> tls; // the route's policy; nothing for direct delivery
    std::optional<SmtpCredentials> credentials; // the route's AUTH
    QString error;               // for InvalidDomain / TemporaryFailure: why, as a sentence
};

} // namespace diffusion
