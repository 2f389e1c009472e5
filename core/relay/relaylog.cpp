#include "relaylog.h"

#include "relayerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace diffusion {

RelayLog::RelayLog(const QString &path)
    : m_file(path)
{
    // Emptied rather than appended to: tests and the demo count what one run did.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw RelayError(QCoreApplication::translate("Relay", "Cannot write the relay log %1: %2. Choose another path.")
                             .arg(path, m_file.errorString()));
}

void RelayLog::listening(const QString &address, quint16 port)
{
    QJsonObject event{{u"event"_qs, u"listening"_qs}, {u"address"_qs, address}, {u"port"_qs, port}};
    write(event);
}

void RelayLog::connectionOpened(quint64 connection, qsizetype open, const QString &peer)
{
    QJsonObject event{{u"event"_qs, u"open"_qs}, {u"connection"_qs, qint64(connection)},
                      {u"open"_qs, qint64(open)}, {u"peer"_qs, peer}};
    write(event);
}

void RelayLog::connectionClosed(quint64 connection, qsizetype open, quint64 transactions, QLatin1StringView reason)
{
    QJsonObject event{{u"event"_qs, u"close"_qs}, {u"connection"_qs, qint64(connection)}, {u"open"_qs, qint64(open)},
                      {u"transactions"_qs, qint64(transactions)}, {u"reason"_qs, QString(reason)}};
    write(event);
}

void RelayLog::transaction(const RelayTransactionRecord &record)
{
    QJsonArray to;
    QJsonArray rcpt;
    for (const auto &[address, code] : record.recipients) {
        const QString text = QString::fromUtf8(address);
        rcpt.append(QJsonObject{{u"to"_qs, text}, {u"code"_qs, code}});
        if (code >= 200 && code < 300)
            to.append(text);
    }
    QJsonObject event{{u"event"_qs, u"transaction"_qs},
                      {u"connection"_qs, qint64(record.connection)},
                      {u"index"_qs, qint64(record.index)},
                      {u"id"_qs, QString::fromLatin1(record.queueId)},
                      {u"from"_qs, QString::fromUtf8(record.from)},
                      {u"to"_qs, to},
                      {u"rcpt"_qs, rcpt},
                      {u"code"_qs, record.code == 0 ? QJsonValue() : QJsonValue(record.code)},
                      {u"size"_qs, record.size},
                      {u"end"_qs, QString(record.end)},
                      {u"auth"_qs, record.authUser.isEmpty() ? QJsonValue() : QJsonValue(record.authUser)}};
    write(event);
}

void RelayLog::authentication(quint64 connection, QLatin1StringView mechanism, const QString &user, int code)
{
    QJsonObject event{{u"event"_qs, u"auth"_qs}, {u"connection"_qs, qint64(connection)},
                      {u"mechanism"_qs, QString(mechanism)}, {u"user"_qs, user}, {u"code"_qs, code}};
    write(event);
}

void RelayLog::stopped()
{
    QJsonObject event{{u"event"_qs, u"stopped"_qs}};
    write(event);
}

void RelayLog::write(QJsonObject &event)
{
    event.insert(u"time"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    // Flushed per line: a reader must never see half an event, nor miss one that happened.
    if ((m_file.write(line) != line.size() || !m_file.flush()) && !m_warned) {
        m_warned = true;
        qWarning("relay: cannot write the event log %s: %s", qUtf8Printable(m_file.fileName()),
                 qUtf8Printable(m_file.errorString()));
    }
}

} // namespace diffusion
