#pragma once

#include "delivery/delivery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace diffusion {

// The gate between analysis and sending (../shared/spec/email-delivery.md §1): a delivery starts
// only from a current analysis without errors, confirmed by the operator or by its approval mode.
class Confirmation final
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    // Why the delivery cannot be confirmed now, as a sentence that says what to do; empty when
    // it can, or when it is confirmed already (sending or paused).
    static QString obstacle(QSqlDatabase &db, qint64 deliveryId);

    // Inside a writer job: Start pending, and a line in the delivery's audit log saying who
    // confirmed (`by`: "operator", or the approval mode). Throws StoreError with obstacle().
    // Does nothing for a delivery confirmed already.
    static void confirm(QSqlDatabase &db, qint64 deliveryId, const QString &by);

    static bool isConfirmed(DeliveryState state);
};

} // namespace diffusion
