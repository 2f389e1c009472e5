#include "freeport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace diffusion::test {

namespace {

std::mutex reservationsMutex;
// The lock files are removed by ~QLockFile at exit; a process that dies without running it
// leaves a lock that QLockFile recognizes as stale (its pid is gone).
std::map<quint16, std::unique_ptr<QLockFile>> &reservations()
{
    static std::map<quint16, std::unique_ptr<QLockFile>> held;
    return held;
}

bool reserve(quint16 port)
{
    const QString folder = QDir::tempPath() + u"/diffusion-test-ports"_qs;
    QDir().mkpath(folder);
    auto lock = std::make_unique<QLockFile>(folder + u"/%1.lock"_qs.arg(port));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long a test runs
    if (!lock->tryLock(0))
        return false;
    const std::lock_guard guard(reservationsMutex);
    reservations()[port] = std::move(lock);
    return true;
}

} // namespace

quint16 freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = probe.serverPort();
        probe.close();
        {
            const std::lock_guard guard(reservationsMutex);
            if (reservations().count(port))
                continue;
        }
        if (reserve(port))
            return port;
    }
    qWarning("freePort: no free port on 127.0.0.1 after 50 attempts");
    return 0;
}

void releasePort(quint16 port)
{
    const std::lock_guard guard(reservationsMutex);
    reservations().erase(port);
}

bool waitUntilListening(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)))) {
            socket.abort();
            return true;
        }
        socket.abort();
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
}

int listenerCount(quint16 port)
{
    int count = 0;
    for (const QString &table : {u"/proc/net/tcp"_qs, u"/proc/net/tcp6"_qs}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // "  sl  local_address rem_address   st ..."; local_address is ADDRESS:PORT in hex,
        // st 0A is LISTEN.
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            const QByteArray local = fields.at(1);
            bool ok = false;
            if (local.mid(local.lastIndexOf(':') + 1).toUShort(&ok, 16) == port && ok)
                ++count;
        }
    }
    return count;
}

bool startRetryingOnPortConflict(int timeoutMs, const std::function<bool(int, bool &)> &start,
                                 const std::function<bool()> &onPortLost)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool portProblem = false;
        if (start(int(qMax<qint64>(1, deadline.remainingTime())), portProblem))
            return true;
        if (!portProblem || deadline.hasExpired() || !onPortLost())
            return false;
    }
    return false;
}

} // namespace diffusion::test
