#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace diffusion {

// The steps of an analysis, in the order they run (../shared/spec/email-delivery.md §8).
enum class AnalysisStep {
    StartRules,      // subject, sender, reply-to
    Filtering,       // addresses, denylist, quarantine, exclusion lists, duplicates
    Targeting,       // target limit, control group
    Personalization, // every message rendered
    EndRules,        // unsubscribe link, URLs, size, subject length, DKIM, validity
    SenderDomain,    // DKIM record, SPF, DMARC published in DNS
    Estimate,        // sending time per destination under the MX rules
};

enum class Severity { Information, Warning, Error };

// Stable ids, as stored in analysis_log and printed by `analyze --json`.
QString analysisStepId(AnalysisStep step);
QString severityId(Severity severity);
std::optional<Severity> severityFromId(QStringView id);

// One line of an analysis log. Its sentence is kept untranslated with its arguments, so that it
// is shown in whichever language the operator uses at the time (the console switches live):
// `source` is an English sentence marked with QT_TRANSLATE_NOOP("Analysis", …), or
// QT_TRANSLATE_N_NOOP("Analysis", …) when it holds %n, which `count` fills.
struct AnalysisEntry {
    AnalysisStep step = AnalysisStep::StartRules;
    Severity severity = Severity::Information;
    QString code;          // stable id of the finding, e.g. "subject_missing"
    QByteArray source;     // the sentence, untranslated; %1… are args
    QVariantList args;     // texts, or numbers that text() writes in the current locale
    qint64 count = -1;     // %n, and the number of recipients concerned; -1 when none
    QStringList examples;  // a few recipients concerned (addresses), at most five
    QJsonObject details;   // more figures for --json and the console

    static AnalysisEntry make(AnalysisStep step, Severity severity, const char *code, const char *source, QVariantList args = {});

    // The sentence in the current language.
    QString text() const;
};

} // namespace diffusion
