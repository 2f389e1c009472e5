#include "quarantineentry.h"

#include "store/connection.h"

#include <QSqlQuery>

namespace diffusion {

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

QList<QuarantineEntry> quarantineEntries(const QSqlDatabase &db, std::optional<AddressStatus> status)
{
    const QString filter = status ? u" WHERE status = %1"_qs.arg(int(*status)) : QString();
    QSqlQuery query = runQuery(db, u"SELECT address, status, error_count, reason, last_error, note, first_error_at, "
                                   "last_error_at FROM quarantine"_qs + filter + u" ORDER BY address"_qs);
    QList<QuarantineEntry> entries;
    while (query.next()) {
        QuarantineEntry entry;
        entry.address = query.value(0).toString();
        entry.status = AddressStatus(query.value(1).toInt());
        entry.errors = query.value(2).toLongLong();
        if (const auto reason = optionalInt(query.value(3)))
            entry.reason = FailureReason(*reason);
        entry.lastError = query.value(4).toString();
        entry.note = query.value(5).toString();
        entry.firstErrorAt = optionalInt(query.value(6));
        entry.lastErrorAt = optionalInt(query.value(7));
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace diffusion
