#pragma once

#include "analysisentry.h"
#include "domain/codes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace diffusion {

// What an analysis found, as stored (analysis, analysis_log) and printed by `analyze`.
struct AnalysisReport {
    qint64 id = 0;          // the analysis row, once stored
    qint64 deliveryId = 0;
    int number = 0;         // rises with each analysis of the delivery, proofs included
    bool proof = false;
    QString contentHash;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;

    qint64 recipients = 0;  // in the target
    qint64 toDeliver = 0;
    QMap<FailureReason, qint64> excluded; // Ignored, by reason
    qint64 largestMessageBytes = 0;
    double estimatedSeconds = 0;
    QJsonArray estimate;    // per destination (SendingEstimate::toJson)
    QList<AnalysisEntry> entries;

    int count(Severity severity) const;
    qint64 excludedTotal() const;
    // The figures kept in analysis.report and printed by `analyze --json` (without the entries).
    QJsonObject figures() const;
    void readFigures(const QJsonObject &figures);
};

// An entry as JSON, its sentence in the current language.
QJsonObject entryToJson(const AnalysisEntry &entry);

} // namespace diffusion
