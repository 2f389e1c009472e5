#include "confirmation.h"

#include "contenthash.h"
#include "delivery/deliveryrepository.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace diffusion {

bool Confirmation::isConfirmed(DeliveryState state)
{
    return isBeingSent(state) && state != DeliveryState::StopRequested;
}

QString Confirmation::obstacle(QSqlDatabase &db, qint64 deliveryId)
{
    const std::optional<Delivery> delivery = DeliveryRepository::load(db, deliveryId);
    if (!delivery)
        return tr("There is no delivery %1.").arg(deliveryId);
    if (isConfirmed(delivery->state))
        return {};
    switch (delivery->state) {
    case DeliveryState::StopRequested:
    case DeliveryState::Stopped:
        return tr("The delivery %1 was stopped and cannot be sent again. Duplicate it to send it.").arg(deliveryId);
    case DeliveryState::Finished:
        return tr("The delivery %1 is finished.").arg(deliveryId);
    case DeliveryState::Failed:
        return tr("The delivery %1 failed; its audit log says why. Duplicate it to send it.").arg(deliveryId);
    default:
        break;
    }
    SqlStatement last(sqliteHandle(db), "SELECT number, errors, content_hash FROM analysis WHERE delivery_id = ? AND kind = 'delivery' "
                                        "ORDER BY number DESC LIMIT 1");
    last.bind(1, deliveryId);
    if (!last.step())
        return tr("The delivery %1 has not been analyzed. Analyze it (diffusion-cli analyze %1), read the report, then confirm.")
            .arg(deliveryId);
    const qint64 number = last.columnInt64(0);
    const qint64 errors = last.columnInt64(1);
    const QString analyzedHash = last.columnText(2);
    if (delivery->state != DeliveryState::PendingConfirmation || delivery->contentHash != analyzedHash
        || deliveryContentHash(db, *delivery) != analyzedHash)
        return tr("The delivery %1 changed after its analysis #%2. Analyze it again, then confirm.").arg(deliveryId).arg(number);
    if (errors > 0)
        return tr("The analysis #%2 of delivery %1 found %n error(s). Correct them and analyze again.", nullptr, int(errors))
            .arg(deliveryId).arg(number);
    return {};
}

void Confirmation::confirm(QSqlDatabase &db, qint64 deliveryId, const QString &by)
{
    const std::optional<Delivery> delivery = DeliveryRepository::load(db, deliveryId);
    if (delivery && isConfirmed(delivery->state))
        return;
    if (const QString why = obstacle(db, deliveryId); !why.isEmpty())
        throw StoreError(why);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SqlStatement start(sqliteHandle(db), "UPDATE delivery SET state = 51, updated_at = ? WHERE id = ?");
    start.bind(1, now);
    start.bind(2, deliveryId);
    start.run();
    SqlStatement log(sqliteHandle(db), "INSERT INTO event_log (at, delivery_id, kind, severity, message, details) "
                                       "VALUES (?, ?, 'confirm', 'info', ?, json_object('by', ?, 'analysis', "
                                       "(SELECT number FROM analysis WHERE id = (SELECT analysis_id FROM delivery WHERE id = ?))))");
    log.bind(1, now);
    log.bind(2, deliveryId);
    log.bind(3, tr("Delivery confirmed (%1).").arg(by));
    log.bind(4, by);
    log.bind(5, deliveryId);
    log.run();
}

} // namespace diffusion
