#include "command.h"
#include "commandline.h"
#include "engine/enginelock.h"
#include "engine/deliveryrequest.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QDateTime>

namespace diffusion::cli {

namespace {

std::optional<DeliveryRequest> requestNamed(const QString &name)
{
    if (name == u"pause"_qs)
        return DeliveryRequest::Pause;
    if (name == u"resume"_qs)
        return DeliveryRequest::Resume;
    if (name == u"stop"_qs)
        return DeliveryRequest::Stop;
    return std::nullopt;
}

} // namespace

// `delivery pause|resume|stop ID`: written in the workspace, where the engine (this workspace's
// `engine` or `send` process, or the console) finds it within half a second.
int runDeliveryControl(const QStringList &arguments)
{
    const std::optional<DeliveryRequest> request = requestNamed(arguments.value(0));
    CommandLine line(Cli::tr("Asks the engine to pause, resume or stop a delivery. A stopped delivery cannot be resumed: "
                             "its unsent messages are canceled."), true);
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    if (!request)
        return line.usageError(Cli::tr("Say pause, resume or stop."));
    const qint64 deliveryId = *id;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const bool engineRuns = EngineLock::isHeld(workspace->path());
    try {
        const bool applied = workspace->writer().submit([request, deliveryId, engineRuns](QSqlDatabase &db) {
            return requestDelivery(db, deliveryId, *request, engineRuns, QDateTime::currentSecsSinceEpoch());
        }).result();
        if (!applied)
            return reportFailure(Cli::tr("Delivery %1 does not exist or cannot be asked to %2 in its present state.")
                                     .arg(deliveryId).arg(arguments.value(0)));
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    out() << (engineRuns ? Cli::tr("Asked; the engine applies it within a second.")
                         : Cli::tr("Done; no engine runs for this workspace now.")) << '\n';
    return Success;
}

} // namespace diffusion::cli
