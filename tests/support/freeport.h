#pragma once

#include <QtGlobal>
#include <functional>

namespace diffusion::test {

// A TCP port on 127.0.0.1 that nothing listens on now, for a server that cannot be given port 0
// (smtp-sink, Postfix). The port is also reserved, until releasePort() or the end of this
// process, against the other test processes that call freePort(): smtp-sink and Postfix's
// master bind with SO_REUSEPORT, so two of them given the same port would both start and share
// its connections instead of one failing.
quint16 freePort();
void releasePort(quint16 port);

// Tries to connect to 127.0.0.1:port until it succeeds (true) or timeoutMs has passed (false).
bool waitUntilListening(quint16 port, int timeoutMs);

// How many sockets listen on TCP port `port` (any address, IPv4 and IPv6), from /proc/net.
// More than one means that two servers share the port (see freePort()).
int listenerCount(quint16 port);

// Starts a server on a port from freePort(), up to three times within timeoutMs: a server that
// does not reserve ports can take it between freePort() and the bind. start(remainingMs,
// portProblem) tries once; after a port problem, onPortLost() takes another port (false ends).
bool startRetryingOnPortConflict(int timeoutMs, const std::function<bool(int remainingMs, bool &portProblem)> &start,
                                 const std::function<bool()> &onPortLost);

} // namespace diffusion::test
