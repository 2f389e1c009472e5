#include "scriptedsmtpserver.h"

#include <QSslSocket>

namespace diffusion::test {

ScriptedSmtpServer::ScriptedSmtpServer(QObject *parent)
    : QTcpServer(parent)
{
}

ScriptedSmtpServer &ScriptedSmtpServer::send(const QByteArray &bytes)
{
    return add({Step::Kind::Send, bytes, {}, {}});
}

ScriptedSmtpServer &ScriptedSmtpServer::expect(const QString &pattern, const QByteArray &answer)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid())
        m_errors.append(u"invalid pattern: "_qs + pattern);
    return add({Step::Kind::Expect, answer, expression, {}});
}

ScriptedSmtpServer &ScriptedSmtpServer::expectData(const QByteArray &answer)
{
    return add({Step::Kind::ExpectData, answer, {}, {}});
}

ScriptedSmtpServer &ScriptedSmtpServer::startTls(const QSslConfiguration &configuration)
{
    return add({Step::Kind::StartTls, {}, {}, configuration});
}

ScriptedSmtpServer &ScriptedSmtpServer::closeConnection()
{
    return add({Step::Kind::Close, {}, {}, {}});
}

bool ScriptedSmtpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedSmtpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || m_socket) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedSmtpServer::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        play();
    });
    play();
}

ScriptedSmtpServer &ScriptedSmtpServer::add(Step step)
{
    m_steps.append(std::move(step));
    return *this;
}

void ScriptedSmtpServer::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_received += bytes;
    m_reads.append(bytes);
    m_pending += bytes;
    qsizetype start = 0;
    for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
        takeLine(m_pending.sliced(start, end + 1 - start));
    m_pending.remove(0, start);
}

// Plays the steps that need no input, up to the next one that does.
void ScriptedSmtpServer::play()
{
    while (m_next < m_steps.size()) {
        const Step &step = m_steps[m_next];
        switch (step.kind) {
        case Step::Kind::Send:
            m_socket->write(step.bytes);
            break;
        case Step::Kind::Close:
            m_socket->disconnectFromHost();
            break;
        case Step::Kind::StartTls:
            if (!m_socket->isEncrypted()) {
                if (m_socket->mode() == QSslSocket::UnencryptedMode) {
                    m_socket->setSslConfiguration(step.tls);
                    m_socket->startServerEncryption();
                }
                return; // encrypted() plays on
            }
            break;
        case Step::Kind::Expect:
        case Step::Kind::ExpectData:
            return;
        }
        ++m_next;
    }
}

void ScriptedSmtpServer::takeLine(const QByteArray &line)
{
    if (m_next == m_steps.size() || !m_errors.isEmpty())
        return; // stalled: read, never answer
    const Step &step = m_steps[m_next];
    if (step.kind == Step::Kind::ExpectData) {
        if (line != ".\r\n") {
            m_data += line;
            return;
        }
        m_messages.append(std::exchange(m_data, {}));
    } else {
        const QString command = QString::fromUtf8(line.chopped(line.endsWith("\r\n") ? 2 : 1));
        if (step.kind != Step::Kind::Expect || !step.pattern.match(command).hasMatch()) {
            m_errors.append(u"step %1: expected /%2/, received “%3”"_qs.arg(m_next).arg(step.pattern.pattern(), command));
            m_socket->disconnectFromHost();
            return;
        }
    }
    m_socket->write(step.bytes);
    ++m_next;
    play();
}

} // namespace diffusion::test
