#pragma once

#include "mxresolver.h"

#include <QSqlDatabase>
#include <memory>

namespace diffusion {

// The resolver for direct delivery (domains without a route) as the workspace's settings say
// (docs/engine.md): dns.nameserver, an IP address (default: the system's resolver), and
// smtp.direct_port (default 25). Throws StoreError with a sentence when a setting holds
// something else.
std::shared_ptr<MxResolver> resolverFromSettings(QSqlDatabase &db);

// dns.nameserver alone, for the other lookups (null: the system's resolver). Throws as above.
QHostAddress nameserverFromSettings(QSqlDatabase &db);

} // namespace diffusion
