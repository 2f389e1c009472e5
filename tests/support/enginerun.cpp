#include "enginerun.h"

#include "analysisrun.h"
#include "analysis/confirmation.h"
#include "store/connection.h"

#include <QSignalSpy>

namespace diffusion::test {

Engine::Options fastEngineOptions()
{
    Engine::Options options;
    options.retry.firstDelayS = 1;
    options.retry.maxDelayS = 1;
    options.retry.jitter = 0;
    options.worker.suspendMs = 500;
    return options;
}

bool runToTheEnd(Engine &engine, qint64 deliveryId, int timeoutMs)
{
    QSignalSpy finished(&engine, &Engine::finished);
    ReadConnection reader(engine.workspacePath());
    const int state = queryValue(reader.db(), u"SELECT state FROM delivery WHERE id = %1"_qs.arg(deliveryId)).toInt();
    if (!Confirmation::isConfirmed(DeliveryState(state)) && !analyzeDelivery(engine.workspacePath(), engine.writer(), deliveryId))
        return false;
    QString error;
    if (!engine.start(deliveryId, &error)) {
        qWarning("engine did not start: %s", qPrintable(error));
        return false;
    }
    return finished.wait(timeoutMs);
}

} // namespace diffusion::test
