#include "command.h"
#include "analysis/confirmation.h"
#include "commandline.h"
#include "sending.h"
#include "engine/enginehost.h"
#include "engine/enginelock.h"
#include "engine/engineoptions.h"
#include "kpi/deliverykpis.h"
#include "common/stopsignals.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>
#include <unistd.h>

namespace diffusion::cli {

namespace {

// One line of progress: a bar on a terminal (rewritten in place), plain lines otherwise.
class ProgressPrinter final
{
public:
    ProgressPrinter() : m_terminal(isatty(STDOUT_FILENO)) { m_clock.start(); }

    void print(const Engine::Progress &p, bool last)
    {
        if (!last && m_clock.elapsed() - m_lastPrint < (m_terminal ? 200 : 1000))
            return;
        m_lastPrint = m_clock.elapsed();
        const QLocale locale;
        const qint64 done = p.sent + p.failed;
        const int width = 30;
        const int filled = p.total > 0 ? int(width * done / p.total) : width;
        const QString counts = Cli::tr("%1 / %2 done: %3 sent, %4 failed, %5 deferred, %6 in flight")
                                   .arg(locale.toString(done), locale.toString(p.total), locale.toString(p.sent),
                                        locale.toString(p.failed), locale.toString(p.deferred), locale.toString(p.inFlight));
        if (m_terminal)
            out() << '\r' << '[' << QString(filled, u'#') << QString(width - filled, u'.') << "] " << counts << (last ? "\n" : "");
        else
            out() << counts << '\n';
        out().flush();
    }

private:
    bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_lastPrint = -100000;
};

// Another process runs the engine: the delivery is confirmed in the workspace and that engine
// sends it; with --wait, its progress is followed from the file.
int handOver(CommandLine &line, qint64 deliveryId, const QString &holder, bool wait)
{
    try {
        out() << holder << ' ' << Cli::tr("That engine sends delivery %1.").arg(deliveryId) << '\n';
        if (!wait)
            return Success;
        ReadConnection reader(line.workspacePath());
        ProgressPrinter printer;
        while (true) {
            const std::optional<DeliveryKpis> kpis = DeliveryKpis::load(reader.db(), deliveryId, 0);
            if (!kpis)
                return reportFailure(Cli::tr("There is no delivery %1.").arg(deliveryId));
            const Engine::Progress progress{kpis->totals.toDeliver(), kpis->totals.sent, kpis->totals.failed + kpis->totals.canceled,
                                            kpis->totals.softBounces, 0};
            const auto state = DeliveryState(kpis->state);
            const bool over = state == DeliveryState::Finished || state == DeliveryState::Stopped || state == DeliveryState::Failed;
            printer.print(progress, over);
            if (over)
                return state == DeliveryState::Failed ? Failure : Success;
            QThread::msleep(250); // polling another process's progress: there is no event to wait for
        }
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
}

} // namespace

int runSend(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Sends a delivery through the routes and MX hosts, and records every outcome. Without "
                             "--wait it returns once every message has been tried; the deferred ones wait for their retry. "
                             "When another process runs the engine of the workspace, the delivery is handed to it."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"confirm"_qs, Cli::tr("Confirm the sending (required). The delivery must have a current analysis "
                                             "without errors (diffusion-cli analyze).")});
    parser.addOption({u"wait"_qs, Cli::tr("Return only when every message has a final status (retries included).")});
    parser.addOption({u"trace"_qs, Cli::tr("Print the SMTP dialogue (C:/S: lines) on standard error.")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    const qint64 deliveryId = *id;
    if (!parser.isSet(u"confirm"_qs))
        return line.usageError(Cli::tr("Sending needs --confirm: it sends real mail."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const bool wait = parser.isSet(u"wait"_qs);
    try {
        // Confirming needs a current analysis without errors; a delivery confirmed already
        // (interrupted, paused) goes on. A finished one has nothing left to send.
        const bool finished = workspace->writer().submit([deliveryId](QSqlDatabase &db) {
            if (queryValue(db, u"SELECT state FROM delivery WHERE id = %1"_qs.arg(deliveryId)).toInt() == int(DeliveryState::Finished))
                return true;
            Confirmation::confirm(db, deliveryId, u"operator"_qs);
            return false;
        }).result();
        if (finished) {
            out() << Cli::tr("The delivery %1 is finished: every message has its final status.").arg(deliveryId) << '\n';
            return Success;
        }
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    return sendConfirmed(line, *workspace, deliveryId, wait, parser.isSet(u"trace"_qs));
}

int sendConfirmed(CommandLine &line, Workspace &workspace, qint64 deliveryId, bool wait, bool trace)
{
    EngineLock lock(workspace.path());
    QString holder;
    if (!lock.tryLock(&holder))
        return handOver(line, deliveryId, holder, wait);

    Engine::Options options = engineOptions();
    options.worker.trace = trace;
    EngineHost host(workspace.path(), workspace.writer(), options);
    host.restrictTo(deliveryId);
    QString error;
    if (!host.startDelivery(deliveryId, &error))
        return reportFailure(error);
    Engine *engine = host.engine(deliveryId);
    ProgressPrinter printer;
    QObject::connect(engine, &Engine::progressed, engine, [&printer, engine] { printer.print(engine->progress(), false); });
    QObject::connect(engine, &Engine::finished, engine, [&printer, engine] {
        printer.print(engine->progress(), true);
        if (!engine->failure().isEmpty())
            err() << engine->failure() << '\n';
        QCoreApplication::exit(engine->failure().isEmpty() ? Success : Failure);
    });
    QObject::connect(engine, &Engine::traced, engine, [](const QString &protocolLine) { err() << protocolLine << '\n'; });
    QObject::connect(engine, &Engine::passCompleted, engine, [&printer, engine, wait] {
        if (wait)
            return;
        printer.print(engine->progress(), true);
        QCoreApplication::exit(Success);
    });
    // Ctrl+C or SIGTERM: the messages in flight finish and are recorded, then the command ends;
    // sending again resumes the delivery. Pause, resume and stop requests come through the workspace.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &host, &EngineHost::shutDown);
    host.start();
    return QCoreApplication::exec();
}

} // namespace diffusion::cli
