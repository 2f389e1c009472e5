#pragma once

#include <QByteArray>
#include <QFile>
#include <QLatin1StringView>
#include <QList>
#include <QPair>
#include <QString>

class QJsonObject;

namespace diffusion {

// One mail transaction of a relay session, from an accepted MAIL FROM to its end.
struct RelayTransactionRecord {
    quint64 connection = 0;
    quint64 index = 0;                          // 1 for the first transaction of the connection
    QByteArray queueId;
    QByteArray from;
    QList<QPair<QByteArray, int>> recipients;   // each RCPT TO address with the code it got (0: none)
    int code = 0;                               // the reply after the final "."; 0 when there was none
    qint64 size = 0;                            // content octets received, after dot-unstuffing
    QLatin1StringView end;                      // "dot", "rset", "quit", "helo", "starttls", "closed", "fault"
    QString authUser;                           // who the client authenticated as; empty: nobody
};

// The relay's event log: one JSON object per line, written and flushed as each event happens,
// so that a test reading the file while the relay runs sees every event that has happened.
// docs/relay.md lists the events and their fields.
class RelayLog final
{
public:
    // Creates the file or empties it; throws RelayError when it cannot.
    explicit RelayLog(const QString &path);

    void listening(const QString &address, quint16 port);
    void connectionOpened(quint64 connection, qsizetype open, const QString &peer);
    void connectionClosed(quint64 connection, qsizetype open, quint64 transactions, QLatin1StringView reason);
    void transaction(const RelayTransactionRecord &record);
    // An AUTH exchange that ended with a verdict: 235 (accepted) or 535 (refused). Never the password.
    void authentication(quint64 connection, QLatin1StringView mechanism, const QString &user, int code);
    void stopped();

private:
    void write(QJsonObject &event);

    QFile m_file;
    bool m_warned = false;
};

} // namespace diffusion
