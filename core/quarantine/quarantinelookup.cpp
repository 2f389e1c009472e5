#include "quarantinelookup.h"

#include "quarantineaddress.h"
#include "store/connection.h"

namespace diffusion {

QuarantineLookup::QuarantineLookup(const QSqlDatabase &db)
    : m_status(sqliteHandle(db), "SELECT status FROM quarantine WHERE address = ?1")
{
}

AddressStatus QuarantineLookup::status(const QString &address)
{
    m_status.bind(1, quarantineAddress(address));
    const auto status = m_status.step() ? AddressStatus(m_status.columnInt64(0)) : AddressStatus::Valid;
    m_status.reset();
    return status;
}

std::optional<FailureReason> QuarantineLookup::exclusion(const QString &address)
{
    switch (status(address)) {
    case AddressStatus::Quarantine:
        return FailureReason::Quarantined;
    case AddressStatus::Denylisted:
        return FailureReason::Denylisted;
    default:
        return std::nullopt;
    }
}

} // namespace diffusion
