#include "analysisrunner.h"

#include "analysisstore.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QThread>

namespace diffusion {

AnalysisRunner::AnalysisRunner(QString workspacePath, StoreWriter &writer, AnalysisServices services, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_writer(writer), m_services(std::move(services))
{
}

AnalysisRunner::~AnalysisRunner()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AnalysisRunner::start(qint64 deliveryId)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this, deliveryId] {
        std::optional<AnalysisOutcome> outcome;
        QString error;
        int lastPercent = -1;
        auto lastPhase = DeliveryAnalysis::Phase::Writing;
        try {
            outcome = DeliveryAnalysis(m_path, m_services).run(deliveryId, m_cancel, [&](DeliveryAnalysis::Phase phase, int percent) {
                if (phase == lastPhase && percent == lastPercent)
                    return;
                lastPhase = phase;
                lastPercent = percent;
                Q_EMIT progressed(phase, percent);
            });
        } catch (const StoreError &failure) {
            error = failure.message();
        }
        QMetaObject::invokeMethod(this, [this, outcome = std::move(outcome), error] { onAnalyzed(outcome, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"diffusion-analysis"_qs);
    m_thread->start();
}

void AnalysisRunner::cancel()
{
    m_cancel = true;
}

void AnalysisRunner::onAnalyzed(std::optional<AnalysisOutcome> outcome, const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (!outcome || m_cancel) {
        Q_EMIT canceled();
        return;
    }
    Q_EMIT progressed(DeliveryAnalysis::Phase::Writing, 0);
    m_writer.submit([outcome = std::move(*outcome)](QSqlDatabase &db) { return AnalysisStore::write(db, outcome); })
        .then(this, [this](QFuture<AnalysisReport> stored) {
            try {
                Q_EMIT finished(stored.result());
            } catch (const StoreError &failure) {
                Q_EMIT failed(failure.message());
            }
        });
}

} // namespace diffusion
