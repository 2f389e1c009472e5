#pragma once

#include <QSqlDatabase>

namespace diffusion {

// What an operator asks of a delivery, from the console or `diffusion-cli delivery`.
enum class DeliveryRequest { Pause, Resume, Stop };

// Writes the request into the delivery's state, inside a writer job. When an engine runs for the
// workspace (engineRuns), it is asked (Pause requested, Start pending, Stop requested) and applies
// it within half a second; otherwise the request takes effect at once (Paused; Start pending,
// which the next engine sends; Stopped, with every unsent message canceled). False when there is
// no such delivery or its state does not allow the request (a stopped delivery is never resumed).
bool requestDelivery(QSqlDatabase &db, qint64 deliveryId, DeliveryRequest request, bool engineRuns, qint64 now);

} // namespace diffusion
