#pragma once

#include "deliveryanalysis.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// Analyses in the workspace (tables analysis and analysis_log, docs/schema.md).
class AnalysisStore final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisStore)

public:
    // Inside one writer job, so that all of it or none is there: the delivery's log is written
    // again (Pending, or Ignored with the reason), its KPIs counted, the report stored with the
    // next number, and the delivery waits for confirmation — or is confirmed at once when its
    // approval mode allows. Returns the report with its id and number. Throws StoreError when
    // the delivery changed while it was analyzed, or started sending.
    static AnalysisReport write(QSqlDatabase &db, const AnalysisOutcome &outcome);

    // The delivery's last analysis (proofs aside) with its log; nothing when it has none.
    static std::optional<AnalysisReport> latest(QSqlDatabase &db, qint64 deliveryId);
    // The analysis with this id, with its log.
    static std::optional<AnalysisReport> load(QSqlDatabase &db, qint64 analysisId);

    // Inserts the report and its log; returns its id. Also used for proofs.
    static qint64 insertReport(QSqlDatabase &db, AnalysisReport &report);
};

} // namespace diffusion
