#include "relaymaildir.h"

#include "relayerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSysInfo>

namespace diffusion {

RelayMaildir::RelayMaildir(const QString &path)
    : m_path(QDir(path).absolutePath())
{
    for (const QString &folder : {u"tmp"_qs, u"new"_qs, u"cur"_qs}) {
        if (!QDir().mkpath(m_path + u'/' + folder))
            throw RelayError(QCoreApplication::translate("Relay", "Cannot create the Maildir folder %1. Check the path and its permissions.")
                                 .arg(m_path + u'/' + folder));
    }
    // Maildir names may not hold '/' or ':' (the info separator).
    QString host = QSysInfo::machineHostName();
    host.replace(u'/', u"\\057"_qs).replace(u':', u"\\072"_qs);
    m_uniqueSuffix = u".P"_qs + QString::number(QCoreApplication::applicationPid()) + u'.' + host;
}

QString RelayMaildir::store(const QByteArray &queueId, const QByteArray &from, const QList<QByteArray> &to,
                            const QByteArray &content) const
{
    const QString name = QString::number(QDateTime::currentSecsSinceEpoch()) + u".Q"_qs + QString::fromLatin1(queueId)
        + m_uniqueSuffix;
    const QString temporary = m_path + u"/tmp/"_qs + name;
    QByteArray envelope = "X-Diffusion-Envelope-From: <" + from + ">\r\n";
    for (const QByteArray &recipient : to)
        envelope += "X-Diffusion-Envelope-To: <" + recipient + ">\r\n";

    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(envelope) != envelope.size()
        || file.write(content) != content.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.remove();
        return QCoreApplication::translate("Relay", "Cannot write the message file %1: %2.").arg(temporary, reason);
    }
    file.close();
    if (!QFile::rename(temporary, m_path + u"/new/"_qs + name)) {
        QFile::remove(temporary);
        return QCoreApplication::translate("Relay", "Cannot move the message file %1 into %2/new.").arg(temporary, m_path);
    }
    return {};
}

} // namespace diffusion
