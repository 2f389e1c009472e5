#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QtGlobal>

namespace diffusion {

// The quarantine's durations and threshold, from the workspace's `setting` table (keys
// quarantine.*, docs/quarantine.md); a missing or unusable value leaves the default.
struct QuarantineSettings {
    Q_DECLARE_TR_FUNCTIONS(QuarantineSettings)

public:
    static constexpr qint64 day = 24 * 60 * 60;

    qint64 significantErrorInterval = day;   // quarantine.significant_error_interval_s
    qint64 threshold = 5;                    // quarantine.threshold
    qint64 withErrorsRelease = 10 * day;     // quarantine.with_errors_release_s
    qint64 mailboxFullRelease = 30 * day;    // quarantine.mailbox_full_release_s

    static QuarantineSettings load(const QSqlDatabase &db);
};

} // namespace diffusion
