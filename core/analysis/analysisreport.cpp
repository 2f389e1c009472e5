#include "analysisreport.h"

#include <algorithm>

namespace diffusion {

int AnalysisReport::count(Severity severity) const
{
    return int(std::count_if(entries.begin(), entries.end(), [severity](const AnalysisEntry &e) { return e.severity == severity; }));
}

qint64 AnalysisReport::excludedTotal() const
{
    qint64 total = 0;
    for (const qint64 n : excluded)
        total += n;
    return total;
}

QJsonObject AnalysisReport::figures() const
{
    QJsonObject reasons;
    for (auto it = excluded.cbegin(); it != excluded.cend(); ++it)
        reasons.insert(stableId(failureReasonCodes(), it.key()), it.value());
    return {{u"recipients"_qs, recipients}, {u"toDeliver"_qs, toDeliver}, {u"ignored"_qs, excludedTotal()},
            {u"reasons"_qs, reasons}, {u"largestMessageBytes"_qs, largestMessageBytes},
            {u"estimatedSeconds"_qs, estimatedSeconds}, {u"estimate"_qs, estimate}};
}

void AnalysisReport::readFigures(const QJsonObject &figures)
{
    recipients = figures.value(u"recipients"_qs).toInteger();
    toDeliver = figures.value(u"toDeliver"_qs).toInteger();
    const QJsonObject reasons = figures.value(u"reasons"_qs).toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        if (const CodeInfo *code = findCode(failureReasonCodes(), it.key()))
            excluded.insert(FailureReason(code->value), it.value().toInteger());
    }
    largestMessageBytes = figures.value(u"largestMessageBytes"_qs).toInteger();
    estimatedSeconds = figures.value(u"estimatedSeconds"_qs).toDouble();
    estimate = figures.value(u"estimate"_qs).toArray();
}

QJsonObject entryToJson(const AnalysisEntry &entry)
{
    QJsonObject json{{u"step"_qs, analysisStepId(entry.step)}, {u"severity"_qs, severityId(entry.severity)},
                     {u"code"_qs, entry.code}, {u"message"_qs, entry.text()}};
    if (entry.count >= 0)
        json.insert(u"count"_qs, entry.count);
    if (!entry.examples.isEmpty())
        json.insert(u"examples"_qs, QJsonArray::fromStringList(entry.examples));
    if (!entry.details.isEmpty())
        json.insert(u"details"_qs, entry.details);
    return json;
}

} // namespace diffusion
