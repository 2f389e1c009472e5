#pragma once

#include <QSqlDatabase>

namespace diffusion {

// Writes a delivery's log: one broadlog row per recipient of its list, Pending, or Ignored with
// the reason found at import (address not specified, bad-quality address). Does nothing when the
// delivery already has its rows, so that a restarted engine never creates them twice. Runs in a
// StoreWriter job; returns the number of rows written.
qint64 createDeliveryLog(QSqlDatabase &db, qint64 deliveryId, qint64 now);

} // namespace diffusion
