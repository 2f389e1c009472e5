#pragma once

#include "relaysession.h"

#include <QObject>

class QTcpSocket;

namespace diffusion {

class RelayContext;

// One accepted connection: moves bytes between its socket and its RelaySession, and carries
// out what the session asks (hold a reply, start TLS, close). Deletes itself once closed.
class RelayConnection final : public QObject
{
    Q_OBJECT

public:
    // Takes the socket, which must be connected, as its child.
    RelayConnection(QTcpSocket *socket, RelayContext &context, quint64 id, QObject *parent);

    void start();
    // The relay stops: the connection is counted closed and cut at once.
    void stop();

private:
    void onReadyRead();
    void pump();
    void finish(QLatin1StringView reason);

    QTcpSocket *m_socket;
    RelayContext &m_context;
    RelaySession m_session;
    const quint64 m_id;
    bool m_finished = false;
    bool m_delaying = false;
    bool m_handshaking = false;
};

} // namespace diffusion
