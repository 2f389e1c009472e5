#include "targeting.h"

#include "store/connection.h"
#include "store/sqlstatement.h"

namespace diffusion {

qint64 createDeliveryLog(QSqlDatabase &db, qint64 deliveryId, qint64 now)
{
    SqlStatement existing(sqliteHandle(db), "SELECT EXISTS (SELECT 1 FROM broadlog WHERE delivery_id = ?)");
    existing.bind(1, deliveryId);
    if (existing.step() && existing.columnInt64(0))
        return 0;
    // Ignored rows carry the import's reason, with its type (both Ignored-type or Hard).
    SqlStatement insert(sqliteHandle(db),
        "INSERT INTO broadlog (delivery_id, recipient_id, address, domain, status, failure_type, failure_reason, created_at, updated_at) "
        "SELECT d.id, r.id, CASE WHEN r.address_issue IS NULL THEN r.email_ascii ELSE r.email END, r.domain, "
        "       CASE WHEN r.address_issue IS NULL THEN 0 ELSE 4 END, reason.default_type, r.address_issue, ?, ? "
        "FROM delivery d JOIN recipient r ON r.list_id = d.list_id "
        "LEFT JOIN ref_failure_reason reason ON reason.value = r.address_issue "
        "WHERE d.id = ? ORDER BY r.id");
    insert.bind(1, now);
    insert.bind(2, now);
    insert.bind(3, deliveryId);
    insert.run();
    return queryValue(db, u"SELECT changes()"_qs).toLongLong();
}

} // namespace diffusion
