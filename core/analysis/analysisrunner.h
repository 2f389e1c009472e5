#pragma once

#include "deliveryanalysis.h"

#include <QObject>
#include <atomic>

class QThread;

namespace diffusion {

class StoreWriter;

// Runs one analysis off the calling thread and stores it through the writer, for the console and
// the CLI: progress as a phase and a percentage, and a cancel that leaves the workspace as it was.
class AnalysisRunner final : public QObject
{
    Q_OBJECT

public:
    AnalysisRunner(QString workspacePath, StoreWriter &writer, AnalysisServices services = {}, QObject *parent = nullptr);
    // Cancels a running analysis and waits for its thread.
    ~AnalysisRunner() override;

    void start(qint64 deliveryId);
    // The analysis stops at its next check (every few thousand recipients) and nothing is stored.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(diffusion::DeliveryAnalysis::Phase phase, int percent);
    void finished(const diffusion::AnalysisReport &report); // stored, with its id and number
    void canceled();
    void failed(const QString &message);

private:
    void onAnalyzed(std::optional<AnalysisOutcome> outcome, const QString &error);

    QString m_path;
    StoreWriter &m_writer;
    AnalysisServices m_services;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace diffusion
