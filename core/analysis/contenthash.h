#pragma once

#include "delivery/delivery.h"

#include <QSqlDatabase>

namespace diffusion {

// What analysis froze: a SHA-256 (hex) of everything that decides the messages of a delivery —
// its definition, its analysis options and exclusions, and the last change of its recipient
// list. Any edit, or a new import into the list, gives another hash, which voids the analysis.
QString deliveryContentHash(QSqlDatabase &db, const Delivery &delivery);

} // namespace diffusion
