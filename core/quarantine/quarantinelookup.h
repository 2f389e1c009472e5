#pragma once

#include "domain/codes.h"
#include "store/sqlstatement.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace diffusion {

// An address's standing in the quarantine, for analysis: one prepared lookup, reused for every
// recipient, on any connection (a reader or the writer). A set query can instead join
// quarantine ON address = recipient.email_ascii AND status IN (2, 3).
class QuarantineLookup final
{
public:
    explicit QuarantineLookup(const QSqlDatabase &db);

    // Valid for an address the quarantine does not know.
    AddressStatus status(const QString &address);
    // Quarantined or Denylisted for an address analysis must leave out; nothing otherwise.
    std::optional<FailureReason> exclusion(const QString &address);

private:
    SqlStatement m_status;
};

} // namespace diffusion
