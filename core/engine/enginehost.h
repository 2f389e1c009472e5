#pragma once

#include "engine.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace diffusion {

class ReadConnection;

// The engine of a workspace, for `diffusion-cli engine`, `send` and the console: one Engine per
// confirmed delivery, and the operator's requests written in the workspace (pause, resume, stop
// from any process: the console, `diffusion-cli delivery pause|resume|stop`) applied within
// half a second. The caller holds the workspace's EngineLock.
class EngineHost final : public QObject
{
    Q_OBJECT

public:
    EngineHost(const QString &workspacePath, StoreWriter &writer, Engine::Options options, QObject *parent = nullptr);
    ~EngineHost() override;

    // Looks at the workspace now and then every pollIntervalMs.
    void start(int pollIntervalMs = 250);
    // Only this delivery (`send`): others are left to their own engine.
    void restrictTo(qint64 deliveryId) { m_only = deliveryId; }
    // Starts one delivery at once; false with a sentence when it cannot start.
    bool startDelivery(qint64 deliveryId, QString *error);
    // SIGTERM: every engine finishes what is in flight; deliveries stay resumable. Then stopped().
    void shutDown();

    Engine *engine(qint64 deliveryId) const { return m_engines.value(deliveryId); }
    bool isIdle() const { return m_engines.isEmpty(); }

Q_SIGNALS:
    void engineStarted(qint64 deliveryId, diffusion::Engine *engine);
    // failure: why it could not go on (then it is Failed, and the reason is in event_log), or empty.
    void deliveryFinished(qint64 deliveryId, const QString &failure);
    void stopped();

private:
    void poll();
    void applyRequest(qint64 deliveryId, DeliveryState state);

    QString m_path;
    StoreWriter &m_writer;
    Engine::Options m_options;
    QTimer *m_poll;
    std::unique_ptr<ReadConnection> m_reader; // one connection: opening one reads the whole schema
    QHash<qint64, Engine *> m_engines;
    std::optional<qint64> m_only;
    bool m_shuttingDown = false;
};

} // namespace diffusion
