#pragma once

#include "destinationplan.h"
#include "destinationstat.h"
#include "smtp/smtptypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSysInfo>
#include <deque>
#include <functional>
#include <memory>

class QTimer;

namespace diffusion {

class SmtpSession;

// One I/O thread's share of the sending: the ready queues of the destinations it owns and their
// SMTP sessions, multiplexed on the thread's event loop. It applies the MX rules (connections,
// messages per connection, the hourly budget in five-minute windows), backs off on throttling
// replies and suspends a destination that keeps failing, and hands outcomes back in batches.
// Every public function is called in the worker's own thread (queued from the engine).
class IoWorker final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString heloName = QSysInfo::machineHostName(); // our name in EHLO
        QList<QSslCertificate> caCertificates; // for the "verify" TLS policy; empty: the system's
        bool trace = false;
        int throttleBackoffMs = 5 * 60 * 1000;  // how long a throttled destination stays slowed down
        int suspendMs = 60 * 1000;              // how long a failing destination is left alone
        int failuresBeforeSuspend = 3;          // consecutive connection failures, all hosts tried
        int idleCloseMs = 2000;                 // an idle session waits this long for more messages
        int flushIntervalMs = 50;               // outcomes are handed back at least this often
        int statIntervalMs = 1000;              // how often the destinations' state is looked at
        std::function<qint64()> clockMs;        // milliseconds; injectable for tests
    };

    explicit IoWorker(const Options &options, QObject *parent = nullptr);
    ~IoWorker() override;

    void enqueue(const DestinationPlan &plan, const QList<SmtpMessage> &messages);
    void setPaused(bool paused);
    // Takes no new message: the queued ones are dropped (they stay pending in the workspace), the
    // ones in flight finish, then the sessions close and stopped() follows.
    void stopGracefully();

Q_SIGNALS:
    void outcomes(const QList<diffusion::SmtpOutcome> &batch);
    void stopped();
    // Every statIntervalMs while the worker has destinations: those whose state changed since
    // the last time.
    void destinationStats(const QList<diffusion::DestinationStat> &changed);
    // With Options::trace: one protocol line, prefixed with the host ("mx.example:25 C: MAIL FROM:<…>").
    void traced(const QString &line);

private:
    struct Destination;
    struct Session;

    qint64 now() const;
    void pump(Destination &destination);
    void openSession(Destination &destination);
    void feed(Session &session);
    bool spendBudget(Destination &destination);
    int concurrency(const Destination &destination) const;
    void onOutcome(Session &session, const SmtpOutcome &outcome);
    void onFailed(Session &session, const SmtpOutcome &reason);
    void onClosed(Session *session);
    void suspend(Destination &destination, const SmtpOutcome &reason);
    void report(const SmtpOutcome &outcome);
    void flush();
    void wakeAt(Destination &destination, qint64 atMs);
    void checkStopped();
    void reportDestinations();

    Options m_options;
    QHash<QString, std::shared_ptr<Destination>> m_destinations;
    QList<SmtpOutcome> m_pending;
    qsizetype m_outstanding = 0; // messages queued or in a session, their outcome not reported yet
    QTimer *m_flushTimer;
    QTimer *m_statTimer;
    bool m_paused = false;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace diffusion
