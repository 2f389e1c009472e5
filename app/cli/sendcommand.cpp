#include "command.h"
#include "commandline.h"
#include "engine/engine.h"
#include "stopsignals.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>
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

} // namespace

int runSend(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Sends a delivery through the routes and MX hosts, and records every outcome. Without "
                             "--wait it returns once every message has been tried; the deferred ones wait for their retry."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"confirm"_qs, Cli::tr("Confirm the sending (required).")});
    parser.addOption({u"wait"_qs, Cli::tr("Return only when every message has a final status (retries included).")});
    parser.addOption({u"trace"_qs, Cli::tr("Print the SMTP dialogue (C:/S: lines) on standard error.")});
    parser.addPositionalArgument(u"delivery"_qs, Cli::tr("The delivery id."));
    if (auto exit = line.parse(arguments))
        return *exit;
    bool isNumber = false;
    const qint64 deliveryId = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber)
        return line.usageError(Cli::tr("Give one delivery id."));
    if (!parser.isSet(u"confirm"_qs))
        return line.usageError(Cli::tr("Sending needs --confirm: it sends real mail."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;

    Engine::Options options;
    options.worker.trace = parser.isSet(u"trace"_qs);
    options.passwordFor = [](const Route &) -> std::optional<QString> {
        if (!qEnvironmentVariableIsSet("DIFFUSION_SMTP_PASSWORD"))
            return std::nullopt;
        return qEnvironmentVariable("DIFFUSION_SMTP_PASSWORD");
    };
    Engine engine(workspace->path(), workspace->writer(), options);
    ProgressPrinter printer;
    const bool wait = parser.isSet(u"wait"_qs);
    QObject::connect(&engine, &Engine::progressed, &engine, [&] { printer.print(engine.progress(), false); });
    QObject::connect(&engine, &Engine::finished, &engine, [&] { QCoreApplication::exit(Success); });
    QObject::connect(&engine, &Engine::traced, &engine, [](const QString &protocolLine) { err() << protocolLine << '\n'; });
    QObject::connect(&engine, &Engine::passCompleted, &engine, [&] {
        if (!wait)
            QCoreApplication::exit(Success);
    });
    // Ctrl+C or SIGTERM: the messages in flight finish and are recorded, then the command ends;
    // sending again resumes the delivery.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &engine, &Engine::shutDown);
    QString error;
    if (!engine.start(deliveryId, &error))
        return reportFailure(error);
    const int code = QCoreApplication::exec();
    printer.print(engine.progress(), true);
    return code;
}

} // namespace diffusion::cli
