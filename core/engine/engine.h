#pragma once

#include "delivery/delivery.h"
#include "engine/ioworker.h"
#include "engine/mxrules.h"
#include "engine/retrypolicy.h"
#include "feedback/feedbackservice.h"
#include "feedback/qualifier.h"
#include "message/fieldset.h"
#include "routing/mxresolver.h"
#include "routing/routetable.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

class QThread;
class QTimer;

namespace diffusion {

class DkimSigner;
class ReadConnection;
class StoreWriter;
struct PreparedChunk;

// Sends one delivery: reads its messages from the workspace in chunks (two-level queue: the
// broadlog, scheduled by next attempt, then one ready queue per destination in the I/O threads),
// prepares them on a thread pool (personalization, MIME, DKIM), routes them (route table, else
// MX lookup), and records every outcome through the feedback service in batched transactions.
// Memory stays flat: at most maxInFlight messages are prepared or in the air at once. The I/O
// threads' destinations are written every second into destination_stat for the console, and
// their rows deleted when the engine starts or ends.
// Lives in the thread that creates it, which must run an event loop.
class Engine final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int ioThreads = 2;
        int maxInFlight = 4000;
        int chunkSize = 256;
        int flushIntervalMs = 100; // outcomes are written at least this often
        RetryPolicy retry;
        IoWorker::Options worker;
        std::shared_ptr<MxResolver> resolver; // default: resolverFromSettings() (DNS)
        std::function<qint64()> clockMs;      // default: the system clock
        // The password of a route's AUTH user, asked when a route needs it (never stored in the
        // workspace); nothing when it is not known.
        std::function<std::optional<QString>(const Route &route)> passwordFor;
    };
    struct Progress {
        qint64 total = 0;    // messages to send (not Ignored)
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 deferred = 0; // deferrals so far (a message can be deferred several times)
        qint64 inFlight = 0;
    };

    Engine(const QString &workspacePath, StoreWriter &writer, Options options, QObject *parent = nullptr);
    const QString &workspacePath() const { return m_path; }
    StoreWriter &writer() const { return m_writer; }
    ~Engine() override;

    // Starts (or resumes after a crash) sending the delivery. Returns false with a sentence in
    // *error when it cannot (no such delivery, unusable templates or DKIM key).
    bool start(qint64 deliveryId, QString *error);
    void pause();
    void resume();
    // The operator's stop: the messages in flight finish and are recorded, the delivery becomes
    // Stopped and cannot be resumed (../shared/spec §1).
    void stop();
    // The process is ending (SIGTERM): like stop(), but the delivery stays In progress, and the
    // next start() resumes it where it was.
    void shutDown();

    Progress progress() const { return m_progress; }
    bool isPaused() const { return m_paused; }
    // Why the delivery could not go on, once finished() came with the delivery Failed; else empty.
    QString failure() const { return m_failure; }

Q_SIGNALS:
    void progressed();
    // Every message has been tried at least once; what remains waits for a retry.
    void passCompleted();
    // Every message has a final status (or stop() completed). Everything is durable.
    void finished();
    // The SMTP dialogue, when Options::worker.trace is on.
    void traced(const QString &line);

private:
    struct InFlight {
        QString domain;
        int retries = 0;
    };

    qint64 nowMs() const;
    qint64 nowS() const { return nowMs() / 1000; }
    void feed();
    void onPrepared(const PreparedChunk &chunk);
    void dispatch(const QString &domain, QList<SmtpMessage> messages);
    void resolve(const QString &domain);
    void handOver(const DestinationPlan &plan, QList<SmtpMessage> messages);
    void onResolved(const QString &domain, const Destination &destination);
    IoWorker *workerFor(const QString &key) const;
    void onOutcomes(const QList<SmtpOutcome> &batch);
    void onDestinationStats(const QList<DestinationStat> &changed);
    void record(qint64 id, const SmtpOutcome &outcome, const std::optional<Qualification> &qualification = {});
    void flushEvents();
    void checkProgress();
    void scheduleNextPass();
    void finish(DeliveryState state);

    QString m_path;
    StoreWriter &m_writer;
    Options m_options;
    std::unique_ptr<ReadConnection> m_reader;
    QList<QThread *> m_threads;
    QList<IoWorker *> m_workers;

    Delivery m_delivery;
    FieldSet m_fields;
    std::shared_ptr<const DkimSigner> m_signer;
    RouteTable m_routes;
    QHash<QString, QString> m_passwords; // by route domain, for this run only
    MxRules m_rules;
    Qualifier m_qualifier;
    qint64 m_validUntil = 0;

    QHash<QString, DestinationPlan> m_plans;                 // by domain, once resolved
    QHash<QString, QList<SmtpMessage>> m_waitingForDns;      // by domain
    QHash<qint64, InFlight> m_inFlight;                      // by broadlog id
    QSet<qint64> m_unwritten; // broadlog ids whose outcome is recorded, not yet committed
    qint64 m_pendingCursor = 0; // the last id read in this pass, among Pending messages
    bool m_pendingDone = false;  // this pass has read every Pending message
    qint64 m_cursor = 0;         // the last id read in this pass, among messages due for a retry
    bool m_passDone = false;
    int m_preparing = 0;
    QList<MessageEvent> m_events;
    int m_writesPending = 0;
    Progress m_progress;
    QTimer *m_flushTimer;
    QTimer *m_nextPass;
    bool m_paused = false;
    bool m_stopping = false;
    DeliveryState m_stopState = DeliveryState::Stopped;
    int m_workersStopped = 0;
    bool m_done = false;
    QString m_failure;
};

} // namespace diffusion
