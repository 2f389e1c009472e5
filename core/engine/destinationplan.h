#pragma once

#include "mxrules.h"
#include "routing/hostport.h"

#include <QList>
#include <QString>

namespace diffusion {

// Everything an I/O worker needs to send to one destination.
struct DestinationPlan {
    QString key;            // shared by every domain with the same hosts
    QList<HostPort> hosts;  // tried in order, the next one after a connection failure
    MxRule rule;            // the first MX rule matching the first host
    TlsPolicy tls = TlsPolicy::Opportunistic;
    std::optional<SmtpCredentials> credentials;
};

} // namespace diffusion
