#include "ioworker.h"

#include "feedback/qualification.h"
#include "smtp/smtpsession.h"

#include <QDateTime>
#include <QTimer>

namespace diffusion {

struct IoWorker::Session {
    SmtpSession *smtp = nullptr;
    Destination *destination = nullptr;
    int sent = 0;        // messages given to this connection
    int inFlight = 0;    // sent, outcome not yet known
    bool opened = false; // became ready at least once
    QTimer *idle = nullptr;
};

struct IoWorker::Destination {
    DestinationPlan plan;
    std::deque<SmtpMessage> queue;
    QList<Session *> sessions;
    int concurrency = 1;        // adaptive window, at most plan.rule.maxConnections
    qint64 window = -1;         // index of the current five-minute window
    int sentInWindow = 0;
    qint64 throttledUntil = 0;  // ms
    qint64 suspendedUntil = 0;  // ms
    int consecutiveFailures = 0;
    int hostIndex = 0;
    bool tlsBroken = false;     // an opportunistic handshake failed: go on in clear, as MTAs do
    QTimer *wake = nullptr;
    // For the console (destinationStats): plain counters here, the rest is worked out once per
    // statIntervalMs, away from the messages' path.
    qint64 accepted = 0;
    qint64 deferrals = 0;
    std::deque<std::pair<qint64, qint64>> acceptedSamples; // (ms, accepted then), the last minute
    DestinationStat reported;
};

namespace {

constexpr qint64 windowMs = 5 * 60 * 1000;
constexpr int initialConcurrency = 5; // as Postfix starts, then +1 per success up to the rule's maximum
constexpr qint64 rateSpanMs = 60 * 1000;

} // namespace

IoWorker::IoWorker(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_flushTimer(new QTimer(this)), m_statTimer(new QTimer(this))
{
    if (!m_options.clockMs)
        m_options.clockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_flushTimer->setInterval(m_options.flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &IoWorker::flush);
    m_statTimer->setInterval(m_options.statIntervalMs);
    connect(m_statTimer, &QTimer::timeout, this, &IoWorker::reportDestinations);
}

IoWorker::~IoWorker()
{
    // Sessions still open when the thread ends (idle ones waiting for more messages): their
    // SmtpSession objects are children and go with this object, their bookkeeping goes here.
    for (const auto &destination : std::as_const(m_destinations))
        qDeleteAll(destination->sessions);
}

qint64 IoWorker::now() const
{
    return m_options.clockMs();
}

void IoWorker::enqueue(const DestinationPlan &plan, const QList<SmtpMessage> &messages)
{
    std::shared_ptr<Destination> &slot = m_destinations[plan.key];
    if (!slot) {
        slot = std::make_shared<Destination>();
        slot->plan = plan;
        slot->concurrency = std::min(initialConcurrency, plan.rule.maxConnections);
        slot->acceptedSamples.push_back({now(), 0});
        slot->wake = new QTimer(this);
        slot->wake->setSingleShot(true);
        connect(slot->wake, &QTimer::timeout, this, [this, key = plan.key] {
            if (auto it = m_destinations.find(key); it != m_destinations.end())
                pump(**it);
        });
        // Started here, in the worker's own thread, where its timers must run.
        if (!m_statTimer->isActive() && !m_stopped)
            m_statTimer->start();
    }
    if (m_stopping)
        return;
    slot->queue.insert(slot->queue.end(), messages.begin(), messages.end());
    m_outstanding += messages.size();
    pump(*slot);
}

void IoWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused) {
        for (const auto &destination : std::as_const(m_destinations))
            pump(*destination);
    }
}

void IoWorker::stopGracefully()
{
    m_stopping = true;
    for (const auto &destination : std::as_const(m_destinations)) {
        m_outstanding -= qsizetype(destination->queue.size());
        destination->queue.clear();
        for (Session *session : std::as_const(destination->sessions)) {
            if (session->inFlight == 0 && session->smtp->isReady())
                session->smtp->close();
        }
    }
    checkStopped();
}

int IoWorker::concurrency(const Destination &destination) const
{
    return std::clamp(destination.concurrency, 1, destination.plan.rule.maxConnections);
}

void IoWorker::pump(Destination &destination)
{
    if (m_paused || m_stopping || destination.queue.empty())
        return;
    if (now() < destination.suspendedUntil) {
        wakeAt(destination, destination.suspendedUntil);
        return;
    }
    for (Session *session : std::as_const(destination.sessions)) {
        if (session->smtp->isReady())
            feed(*session);
    }
    // One more connection while messages wait beyond what the open ones will take.
    qsizetype waiting = qsizetype(destination.queue.size());
    while (waiting > 0 && destination.sessions.size() < concurrency(destination)) {
        openSession(destination);
        waiting -= destination.plan.rule.maxMessagesPerConnection;
    }
}

void IoWorker::openSession(Destination &destination)
{
    const DestinationPlan &plan = destination.plan;
    const HostPort host = plan.hosts.at(destination.hostIndex % plan.hosts.size());
    SmtpSessionConfig config;
    config.host = host.address.isEmpty() ? host.host : host.address;
    config.serverName = host.host;
    config.port = host.port;
    config.heloName = m_options.heloName;
    config.tls = destination.tlsBroken && plan.tls == TlsPolicy::Opportunistic ? TlsPolicy::Disabled : plan.tls;
    config.caCertificates = m_options.caCertificates;
    config.credentials = plan.credentials;
    config.connectTimeoutMs = plan.rule.connectTimeoutS * 1000;
    config.commandTimeoutMs = plan.rule.commandTimeoutS * 1000;
    config.dataTimeoutMs = plan.rule.dataTimeoutS * 1000;
    config.trace = m_options.trace;

    auto *session = new Session;
    session->smtp = new SmtpSession(config, this);
    session->destination = &destination;
    session->idle = new QTimer(session->smtp);
    session->idle->setSingleShot(true);
    session->idle->setInterval(m_options.idleCloseMs);
    destination.sessions.append(session);

    connect(session->idle, &QTimer::timeout, session->smtp, [session] {
        if (session->inFlight == 0)
            session->smtp->close();
    });
    connect(session->smtp, &SmtpSession::ready, this, [this, session] {
        if (!session->opened) {
            session->opened = true;
            session->destination->consecutiveFailures = 0;
        }
        feed(*session);
    });
    connect(session->smtp, &SmtpSession::outcome, this, [this, session](const SmtpOutcome &outcome) { onOutcome(*session, outcome); });
    connect(session->smtp, &SmtpSession::failed, this, [this, session](const SmtpOutcome &reason) { onFailed(*session, reason); });
    connect(session->smtp, &SmtpSession::closed, this, [this, session] { onClosed(session); });
    if (m_options.trace) {
        connect(session->smtp, &SmtpSession::trace, this, [this, name = host.toString()](const QString &line) {
            Q_EMIT traced(name + u' ' + line);
        });
    }
    session->smtp->open();
}

bool IoWorker::spendBudget(Destination &destination)
{
    const int perWindow = destination.plan.rule.messagesPerWindow();
    if (perWindow == 0)
        return true;
    const qint64 time = now();
    const qint64 window = time / windowMs;
    if (window != destination.window) {
        destination.window = window;
        destination.sentInWindow = 0;
    }
    // A throttled destination gets half its budget until the backoff ends.
    const int budget = time < destination.throttledUntil ? std::max(1, perWindow / 2) : perWindow;
    if (destination.sentInWindow >= budget) {
        wakeAt(destination, (window + 1) * windowMs);
        return false;
    }
    ++destination.sentInWindow;
    return true;
}

void IoWorker::feed(Session &session)
{
    Destination &destination = *session.destination;
    SmtpSession *smtp = session.smtp;
    if (m_stopping || m_paused || destination.queue.empty() || now() < destination.suspendedUntil
        || session.sent >= destination.plan.rule.maxMessagesPerConnection) {
        if (session.inFlight == 0) {
            if (session.sent >= destination.plan.rule.maxMessagesPerConnection || m_stopping || m_paused)
                smtp->close();
            else
                session.idle->start();
        }
        return;
    }
    // A connection over the adaptive window (after a throttling reply) closes when idle.
    if (destination.sessions.indexOf(&session) >= concurrency(destination)) {
        if (session.inFlight == 0)
            smtp->close();
        return;
    }
    if (!spendBudget(destination)) {
        if (session.inFlight == 0)
            session.idle->start();
        return;
    }
    session.idle->stop();
    SmtpMessage message = std::move(destination.queue.front());
    destination.queue.pop_front();
    ++session.sent;
    ++session.inFlight;
    smtp->send(message);
}

void IoWorker::onOutcome(Session &session, const SmtpOutcome &outcome)
{
    --session.inFlight;
    Destination &destination = *session.destination;
    const qint64 time = now();
    switch (outcome.kind) {
    case SmtpOutcome::Kind::Accepted:
        ++destination.accepted;
        if (time >= destination.throttledUntil)
            destination.concurrency = std::min(destination.plan.rule.maxConnections, concurrency(destination) + 1);
        break;
    case SmtpOutcome::Kind::Deferred:
        ++destination.deferrals;
        if (isThrottling(outcome.reply)) {
            destination.concurrency = std::max(1, concurrency(destination) / 2);
            destination.throttledUntil = time + m_options.throttleBackoffMs;
        }
        break;
    case SmtpOutcome::Kind::ConnectionError:
        ++destination.deferrals;
        break;
    case SmtpOutcome::Kind::Rejected:
        break;
    }
    report(outcome);
    // The last reply of a connection that is full, or of a stopping worker, lets it close.
    if (session.smtp->isReady())
        feed(session);
}

void IoWorker::onFailed(Session &session, const SmtpOutcome &reason)
{
    Destination &destination = *session.destination;
    if (reason.phase == SmtpPhase::StartTls && destination.plan.tls == TlsPolicy::Opportunistic)
        destination.tlsBroken = true;
    if (session.opened)
        return; // a connection that worked and then broke: the next one will tell
    ++destination.consecutiveFailures;
    ++destination.hostIndex;
    const int limit = m_options.failuresBeforeSuspend * int(destination.plan.hosts.size());
    if (destination.consecutiveFailures >= limit)
        suspend(destination, reason);
}

void IoWorker::suspend(Destination &destination, const SmtpOutcome &reason)
{
    // A dead destination: its waiting messages go back to the engine as deferred, so that they
    // are retried later instead of holding the queue.
    destination.suspendedUntil = now() + m_options.suspendMs;
    destination.consecutiveFailures = 0;
    while (!destination.queue.empty()) {
        SmtpOutcome outcome = reason;
        outcome.id = destination.queue.front().id;
        outcome.kind = SmtpOutcome::Kind::ConnectionError;
        destination.queue.pop_front();
        ++destination.deferrals;
        report(outcome);
    }
}

void IoWorker::onClosed(Session *session)
{
    Destination &destination = *session->destination;
    destination.sessions.removeOne(session);
    session->idle->stop();
    session->smtp->disconnect(this);
    session->smtp->deleteLater();
    delete session;
    pump(destination);
    checkStopped();
}

void IoWorker::report(const SmtpOutcome &outcome)
{
    m_pending.append(outcome);
    // The last outcome of what the worker holds goes at once: nothing else would join its batch.
    if (--m_outstanding <= 0 || m_pending.size() >= 512)
        flush();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void IoWorker::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    Q_EMIT outcomes(m_pending);
    m_pending.clear();
}

void IoWorker::wakeAt(Destination &destination, qint64 atMs)
{
    // At least every second: the clock may be injected (tests) or jump (suspend, NTP), and a
    // pump that finds nothing to do costs nothing.
    const qint64 delay = std::clamp<qint64>(atMs - now(), 0, 1000);
    if (!destination.wake->isActive() || destination.wake->remainingTime() > delay)
        destination.wake->start(int(delay));
}

void IoWorker::checkStopped()
{
    if (!m_stopping || m_stopped)
        return;
    for (const auto &destination : std::as_const(m_destinations)) {
        if (!destination->sessions.isEmpty())
            return;
    }
    flush();
    m_stopped = true;
    m_statTimer->stop();
    Q_EMIT stopped();
}

void IoWorker::reportDestinations()
{
    const qint64 time = now();
    QList<DestinationStat> changed;
    for (const auto &destination : std::as_const(m_destinations)) {
        // The count a minute ago: the newest sample at least a minute old, or the first one.
        auto &samples = destination->acceptedSamples;
        samples.push_back({time, destination->accepted});
        while (samples.size() > 1 && samples[1].first <= time - rateSpanMs)
            samples.pop_front();

        DestinationStat stat;
        stat.key = destination->plan.key;
        stat.ruleMask = destination->plan.rule.mask;
        stat.queued = int(destination->queue.size());
        stat.connections = int(destination->sessions.size());
        stat.window = concurrency(*destination);
        stat.maxConnections = destination->plan.rule.maxConnections;
        stat.sentLastMinute = int(destination->accepted - samples.front().second);
        stat.deferrals = destination->deferrals;
        if (time < destination->suspendedUntil) {
            stat.state = DestinationStat::State::Suspended;
            stat.untilMs = destination->suspendedUntil;
        } else if (time < destination->throttledUntil) {
            stat.state = DestinationStat::State::Throttled;
            stat.untilMs = destination->throttledUntil;
        }
        if (stat != destination->reported) {
            destination->reported = stat;
            changed.append(std::move(stat));
        }
    }
    if (!changed.isEmpty())
        Q_EMIT destinationStats(changed);
}

} // namespace diffusion
