#include "relayconnection.h"

#include "relaycontext.h"

#include <QSslSocket>
#include <QTimer>

namespace diffusion {

using namespace Qt::Literals::StringLiterals;

RelayConnection::RelayConnection(QTcpSocket *socket, RelayContext &context, quint64 id, QObject *parent)
    : QObject(parent), m_socket(socket), m_context(context),
      m_session(context, id, qobject_cast<QSslSocket *>(socket) != nullptr), m_id(id)
{
    m_socket->setParent(this);
}

void RelayConnection::start()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RelayConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        finish("client"_L1);
        deleteLater();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        finish(error == QAbstractSocket::SslHandshakeFailedError ? "tls-error"_L1 : "error"_L1);
        m_socket->abort();
        deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_handshaking = false;
            m_session.tlsEstablished();
            pump();
        });
    }
    m_session.open();
    pump();
}

void RelayConnection::stop()
{
    finish("stop"_L1);
    m_socket->abort();
}

void RelayConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_finished)
        return;
    m_session.receive(bytes);
    pump();
}

void RelayConnection::pump()
{
    const QByteArray output = m_session.takeOutput();
    if (!output.isEmpty()) {
        m_socket->write(output);
        // Now rather than at the next turn of the event loop: one round trip less per reply.
        m_socket->flush();
    }
    switch (m_session.wait()) {
    case RelaySession::Wait::Delay:
        if (!m_delaying) {
            m_delaying = true;
            QTimer::singleShot(m_session.delayMs(), this, [this] {
                m_delaying = false;
                m_session.resume();
                pump();
            });
        }
        break;
    case RelaySession::Wait::TlsHandshake:
        if (!m_handshaking) {
            m_handshaking = true;
            if (m_context.tls())
                static_cast<QSslSocket *>(m_socket)->setSslConfiguration(*m_context.tls());
            static_cast<QSslSocket *>(m_socket)->startServerEncryption();
        }
        break;
    case RelaySession::Wait::Close:
        // Counted closed before the client can see the close, so the open count never runs
        // ahead of what the client did.
        finish(m_session.closeReason());
        m_socket->disconnectFromHost();
        break;
    case RelaySession::Wait::Nothing:
    case RelaySession::Wait::Stall:
        break;
    }
}

void RelayConnection::finish(QLatin1StringView reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_session.connectionLost();
    m_context.connectionClosed(m_id, m_session.transactions(), reason);
}

} // namespace diffusion
