#include "relayprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace diffusion::test {

RelayProcess::RelayProcess(const QStringList &extraArguments)
    : m_extra(extraArguments)
{
}

RelayProcess::~RelayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
}

bool RelayProcess::start()
{
    m_process.start(QStringLiteral(DIFFUSION_CLI_PATH), QStringList{QStringLiteral("relay"), QStringLiteral("--listen"),
                                                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--log"),
                                                                    m_dir.filePath(QStringLiteral("relay.log"))} + m_extra);
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("the relay did not start: ") + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

QList<QJsonObject> RelayProcess::events() const
{
    QFile file(m_dir.filePath(QStringLiteral("relay.log")));
    QList<QJsonObject> events;
    if (!file.open(QIODevice::ReadOnly))
        return events;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

} // namespace diffusion::test
