#include "enginehost.h"

#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QTimer>

namespace diffusion {

namespace {

// Deliveries an engine has something to do for: confirmed, running (or left running by a
// process that died), or with an operator's request.
constexpr const char *activeStates = "51, 55, 61, 62, 71, 81";

void recordFailure(StoreWriter &writer, qint64 deliveryId, const QString &message)
{
    writer.submit([deliveryId, message](QSqlDatabase &db) {
        SqlStatement failed(sqliteHandle(db), "UPDATE delivery SET state = 87 WHERE id = ?");
        failed.bind(1, deliveryId);
        failed.run();
        SqlStatement log(sqliteHandle(db), "INSERT INTO event_log (at, delivery_id, kind, severity, message) "
                                           "VALUES (?, ?, 'engine', 'error', ?)");
        log.bind(1, QDateTime::currentSecsSinceEpoch());
        log.bind(2, deliveryId);
        log.bind(3, message);
        log.run();
    });
}

} // namespace

EngineHost::EngineHost(const QString &workspacePath, StoreWriter &writer, Engine::Options options, QObject *parent)
    : QObject(parent), m_path(workspacePath), m_writer(writer), m_options(std::move(options)), m_poll(new QTimer(this))
{
    connect(m_poll, &QTimer::timeout, this, &EngineHost::poll);
}

EngineHost::~EngineHost() = default;

void EngineHost::start(int pollIntervalMs)
{
    m_poll->start(pollIntervalMs);
    poll();
}

bool EngineHost::startDelivery(qint64 deliveryId, QString *error)
{
    if (m_engines.contains(deliveryId))
        return true;
    auto *engine = new Engine(m_path, m_writer, m_options, this);
    if (!engine->start(deliveryId, error)) {
        delete engine;
        return false;
    }
    m_engines.insert(deliveryId, engine);
    connect(engine, &Engine::finished, this, [this, deliveryId, engine] {
        m_engines.remove(deliveryId);
        engine->deleteLater();
        if (!engine->failure().isEmpty())
            recordFailure(m_writer, deliveryId, engine->failure());
        Q_EMIT deliveryFinished(deliveryId, engine->failure());
        if (m_shuttingDown && m_engines.isEmpty())
            Q_EMIT stopped();
    });
    Q_EMIT engineStarted(deliveryId, engine);
    return true;
}

void EngineHost::shutDown()
{
    m_shuttingDown = true;
    m_poll->stop();
    if (m_engines.isEmpty()) {
        Q_EMIT stopped();
        return;
    }
    for (Engine *engine : std::as_const(m_engines))
        engine->shutDown();
}

void EngineHost::poll()
{
    QList<std::pair<qint64, DeliveryState>> requests;
    try {
        if (!m_reader)
            m_reader = std::make_unique<ReadConnection>(m_path);
        SqlStatement active(sqliteHandle(m_reader->db()), std::string("SELECT id, state FROM delivery WHERE state IN (")
                                                           + activeStates + ") ORDER BY id");
        while (active.step()) {
            const qint64 id = active.columnInt64(0);
            if (!m_only || *m_only == id)
                requests.append({id, DeliveryState(active.columnInt64(1))});
        }
    } catch (const StoreError &failure) {
        qWarning("diffusion: the engine cannot read the workspace: %s", qPrintable(failure.message()));
        return;
    }
    for (const auto &[id, state] : std::as_const(requests))
        applyRequest(id, state);
}

void EngineHost::applyRequest(qint64 deliveryId, DeliveryState state)
{
    Engine *engine = m_engines.value(deliveryId);
    switch (state) {
    case DeliveryState::PauseRequested:
        if (engine)
            engine->pause();
        else
            m_writer.submit([deliveryId](QSqlDatabase &db) { execute(db, u"UPDATE delivery SET state = 75 WHERE id = %1"_qs.arg(deliveryId)); });
        return;
    case DeliveryState::StopRequested:
        if (engine) {
            engine->stop();
        } else {
            m_writer.submit([deliveryId](QSqlDatabase &db) {
                FeedbackService::cancelOpen(db, deliveryId, QDateTime::currentSecsSinceEpoch());
                execute(db, u"UPDATE delivery SET state = 85 WHERE id = %1"_qs.arg(deliveryId));
            });
        }
        return;
    default:
        break;
    }
    // Confirmed, resumed, or left In progress by a process that died.
    if (engine) {
        if (engine->isPaused() && state == DeliveryState::StartPending)
            engine->resume();
        return;
    }
    if (m_shuttingDown)
        return;
    QString error;
    if (!startDelivery(deliveryId, &error))
        recordFailure(m_writer, deliveryId, error);
}

} // namespace diffusion
