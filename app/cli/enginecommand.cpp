#include "command.h"
#include "commandline.h"
#include "engine/enginehost.h"
#include "engine/enginelock.h"
#include "engine/engineoptions.h"
#include "common/stopsignals.h"

namespace diffusion::cli {

int runEngine(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Runs the engine of a workspace until SIGTERM or Ctrl+C: it sends every confirmed delivery and "
                             "applies the pause, resume and stop requests made from the console or diffusion-cli delivery."), true);
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    EngineLock lock(workspace->path());
    QString holder;
    if (!lock.tryLock(&holder))
        return reportFailure(holder);

    EngineHost host(workspace->path(), workspace->writer(), engineOptions());
    QObject::connect(&host, &EngineHost::engineStarted, &host, [](qint64 id) {
        out() << Cli::tr("Delivery %1: sending.").arg(id) << Qt::endl;
    });
    QObject::connect(&host, &EngineHost::deliveryFinished, &host, [](qint64 id, const QString &failure) {
        if (failure.isEmpty())
            out() << Cli::tr("Delivery %1: done.").arg(id) << Qt::endl;
        else
            err() << Cli::tr("Delivery %1 failed: %2").arg(id).arg(failure) << Qt::endl;
    });
    QObject::connect(&host, &EngineHost::stopped, &host, [] { QCoreApplication::exit(Success); });
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &host, &EngineHost::shutDown);
    out() << Cli::tr("The engine runs for %1; stop it with Ctrl+C or SIGTERM.").arg(workspace->path()) << Qt::endl;
    host.start();
    return QCoreApplication::exec();
}

} // namespace diffusion::cli
