#pragma once

#include "relaycontext.h"

#include <QTcpServer>

namespace diffusion {

// The built-in relay's listening socket: a real SMTP server for demos and fault-injection tests
// (docs/relay.md). Every connection runs in this object's thread, one event loop for all; the
// STARTTLS sockets are QSslSocket in clear until the client asks, which QSslServer (TLS from
// the first byte) cannot do.
class RelayServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit RelayServer(RelayContext context, QObject *parent = nullptr);
    ~RelayServer() override;

    RelayContext &context() { return m_context; }

    // Stops listening and cuts every open connection, each logged as closed by "stop".
    void stop();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RelayContext m_context;
};

} // namespace diffusion
