#include "deliveryrequest.h"

#include "domain/codes.h"
#include "feedback/feedbackservice.h"
#include "store/connection.h"

namespace diffusion {

namespace {

struct Transition {
    const char *fromStates;
    DeliveryState asked;  // when an engine runs
    DeliveryState direct; // when none does
};

Transition transitionFor(DeliveryRequest request)
{
    switch (request) {
    case DeliveryRequest::Pause:
        return {"51, 55, 61, 62", DeliveryState::PauseRequested, DeliveryState::Paused};
    case DeliveryRequest::Resume:
        return {"71, 72, 75", DeliveryState::StartPending, DeliveryState::StartPending};
    case DeliveryRequest::Stop:
        break;
    }
    return {"0, 11, 12, 45, 51, 55, 61, 62, 71, 72, 75", DeliveryState::StopRequested, DeliveryState::Stopped};
}

} // namespace

bool requestDelivery(QSqlDatabase &db, qint64 deliveryId, DeliveryRequest request, bool engineRuns, qint64 now)
{
    const Transition transition = transitionFor(request);
    const DeliveryState target = engineRuns ? transition.asked : transition.direct;
    execute(db, u"UPDATE delivery SET state = %2, updated_at = %3 WHERE id = %1 AND state IN (%4)"_qs
                    .arg(deliveryId).arg(int(target)).arg(now).arg(QLatin1String(transition.fromStates)));
    if (queryValue(db, u"SELECT changes()"_qs).toInt() != 1)
        return false;
    if (target == DeliveryState::Stopped)
        FeedbackService::cancelOpen(db, deliveryId, now);
    return true;
}

} // namespace diffusion
