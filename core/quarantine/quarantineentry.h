#pragma once

#include "domain/codes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace diffusion {

// One row of the quarantine, as the operator sees it.
struct QuarantineEntry {
    QString address;
    AddressStatus status = AddressStatus::Valid;
    qint64 errors = 0;
    std::optional<FailureReason> reason;
    QString lastError;
    QString note;
    std::optional<qint64> firstErrorAt; // Unix seconds
    std::optional<qint64> lastErrorAt;
};

// The quarantine's rows by address, all of them or those with one status.
QList<QuarantineEntry> quarantineEntries(const QSqlDatabase &db, std::optional<AddressStatus> status = std::nullopt);

} // namespace diffusion
