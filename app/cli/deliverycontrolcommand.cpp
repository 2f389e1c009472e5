#include "command.h"
#include "commandline.h"
#include "engine/enginelock.h"
#include "feedback/feedbackservice.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QDateTime>

namespace diffusion::cli {

namespace {

struct Request {
    const char *name;
    QString fromStates;   // where the request applies
    DeliveryState asked;  // what the engine is asked
    DeliveryState direct; // what happens at once when no engine runs
};

const Request *requestNamed(const QString &name)
{
    static const Request requests[] = {
        {"pause", u"51, 55, 61, 62"_qs, DeliveryState::PauseRequested, DeliveryState::Paused},
        {"resume", u"71, 72, 75"_qs, DeliveryState::StartPending, DeliveryState::StartPending},
        {"stop", u"0, 11, 12, 45, 51, 55, 61, 62, 71, 72, 75"_qs, DeliveryState::StopRequested, DeliveryState::Stopped},
    };
    for (const Request &request : requests) {
        if (name == QLatin1String(request.name))
            return &request;
    }
    return nullptr;
}

} // namespace

// `delivery pause|resume|stop ID`: written in the workspace, where the engine (this workspace's
// `engine` or `send` process, or the console) finds it within half a second.
int runDeliveryControl(const QStringList &arguments)
{
    const Request *request = requestNamed(arguments.value(0));
    CommandLine line(Cli::tr("Asks the engine to pause, resume or stop a delivery. A stopped delivery cannot be resumed: "
                             "its unsent messages are canceled."), true);
    line.parser().addPositionalArgument(u"delivery"_qs, Cli::tr("The delivery id."));
    if (auto exit = line.parse(arguments))
        return *exit;
    const std::optional<qint64> id = line.deliveryId();
    if (!request || !id)
        return line.usageError(Cli::tr("Give one delivery id."));
    const qint64 deliveryId = *id;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const bool engineRuns = EngineLock::isHeld(workspace->path());
    const DeliveryState target = engineRuns ? request->asked : request->direct;
    try {
        const bool applied = workspace->writer().submit([request, deliveryId, target](QSqlDatabase &db) {
            execute(db, u"UPDATE delivery SET state = %2 WHERE id = %1 AND state IN (%3)"_qs
                            .arg(deliveryId).arg(int(target)).arg(request->fromStates));
            const bool changed = queryValue(db, u"SELECT changes()"_qs).toInt() == 1;
            if (changed && target == DeliveryState::Stopped)
                FeedbackService::cancelOpen(db, deliveryId, QDateTime::currentSecsSinceEpoch());
            return changed;
        }).result();
        if (!applied)
            return reportFailure(Cli::tr("Delivery %1 does not exist or cannot be asked to %2 in its present state.")
                                     .arg(deliveryId).arg(QLatin1String(request->name)));
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    out() << (engineRuns ? Cli::tr("Asked; the engine applies it within a second.")
                         : Cli::tr("Done; no engine runs for this workspace now.")) << '\n';
    return Success;
}

} // namespace diffusion::cli
