#include "relayserver.h"

#include "relayconnection.h"

#include <QSslSocket>
#include <QTimer>
#include <unistd.h>

namespace diffusion {

RelayServer::RelayServer(RelayContext context, QObject *parent)
    : QTcpServer(parent), m_context(std::move(context))
{
    // Demos open hundreds of connections at once; the default backlog of 50 would refuse some.
    setListenBacklogSize(1024);
    // QTcpServer stops accepting on an error such as running out of descriptors, for good;
    // a relay under load should pick up again once connections have closed.
    connect(this, &QTcpServer::acceptError, this, [this] {
        QTimer::singleShot(100, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

RelayServer::~RelayServer()
{
    // Before m_context goes: the connections refer to it.
    qDeleteAll(findChildren<RelayConnection *>(Qt::FindDirectChildrenOnly));
}

void RelayServer::stop()
{
    close();
    for (RelayConnection *connection : findChildren<RelayConnection *>(Qt::FindDirectChildrenOnly))
        connection->stop();
    if (RelayLog *log = m_context.log())
        log->stopped();
}

void RelayServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_context.tls() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    // Replies are written whole, once per batch of commands; Nagle would only delay them.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    const quint64 id = m_context.connectionOpened(peer);
    auto *connection = new RelayConnection(socket, m_context, id, this);
    connection->start();
}

} // namespace diffusion
