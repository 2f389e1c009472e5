#include "command.h"
#include "commandline.h"
#include "analysis/analysisrunner.h"
#include "analysis/analysisstore.h"
#include "analysis/confirmation.h"
#include "common/stopsignals.h"
#include "delivery/deliveryrepository.h"
#include "delivery/duration.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <unistd.h>

namespace diffusion::cli {

namespace {

QString aboutDuration(double seconds)
{
    const qint64 minutes = std::max<qint64>(1, qint64(std::ceil(seconds / 60)));
    return minutes < 60 ? Cli::tr("about %1 min").arg(minutes) : Cli::tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString severityMark(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Cli::tr("error");
    case Severity::Warning: return Cli::tr("warning");
    case Severity::Information: break;
    }
    return Cli::tr("info");
}

QString reasonLabel(FailureReason reason)
{
    const CodeInfo *info = findCode(failureReasonCodes(), int(reason));
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(int(reason));
}

// What confirming will do, then every finding, errors first.
void printReport(const Delivery &delivery, const AnalysisReport &report, const QString &obstacle, DeliveryState state)
{
    const QLocale locale;
    out() << Cli::tr("Delivery %1 \"%2\", analysis #%3").arg(delivery.id).arg(delivery.label).arg(report.number) << '\n';
    QList<std::pair<QString, QString>> rows{
        {Cli::tr("Sender"), delivery.senderName.isEmpty() ? delivery.senderAddress
                                                           : u"%1 <%2>"_qs.arg(delivery.senderName, delivery.senderAddress)},
        {Cli::tr("Subject"), delivery.subject},
        {Cli::tr("Validity"), describeDuration(delivery.validitySeconds)},
        {Cli::tr("Recipients"), locale.toString(report.recipients)},
        {Cli::tr("To deliver"), locale.toString(report.toDeliver)},
        {Cli::tr("Left out"), locale.toString(report.excludedTotal())}};
    for (auto it = report.excluded.cbegin(); it != report.excluded.cend(); ++it)
        rows.append({u"  "_qs + reasonLabel(it.key()), locale.toString(it.value())});
    if (report.largestMessageBytes > 0)
        rows.append({Cli::tr("Largest message"), Cli::tr("%1 KB").arg(locale.toString(double(report.largestMessageBytes) / 1024.0, 'f', 1))});
    rows.append({Cli::tr("Estimated duration"), aboutDuration(report.estimatedSeconds)});
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[name, value] : rows)
        out() << "  " << name.leftJustified(width + 2) << value << '\n';

    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Information}) {
        for (const AnalysisEntry &entry : report.entries) {
            if (entry.severity != severity)
                continue;
            out() << "  [" << severityMark(severity) << "] " << entry.text() << '\n';
            if (!entry.examples.isEmpty())
                out() << "      " << Cli::tr("for example: %1").arg(entry.examples.join(u", "_qs)) << '\n';
        }
    }
    out() << Cli::tr("%n error(s)", nullptr, report.count(Severity::Error)) << ", "
          << Cli::tr("%n warning(s)", nullptr, report.count(Severity::Warning)) << ".\n";
    if (Confirmation::isConfirmed(state))
        out() << Cli::tr("Confirmed by its approval mode (%1): the engine starts it.").arg(approvalModeId(delivery.approvalMode)) << '\n';
    else if (obstacle.isEmpty())
        out() << Cli::tr("To send it: diffusion-cli send --workspace WORKSPACE %1 --confirm").arg(delivery.id) << '\n';
    else
        out() << obstacle << '\n';
}

QJsonObject reportJson(const Delivery &delivery, const AnalysisReport &report, const QString &obstacle, DeliveryState state)
{
    QJsonObject json = report.figures();
    QJsonArray entries;
    for (const AnalysisEntry &entry : report.entries)
        entries.append(entryToJson(entry));
    json.insert(u"delivery"_qs, delivery.id);
    json.insert(u"analysis"_qs, report.number);
    json.insert(u"state"_qs, stableId(deliveryStateCodes(), state));
    json.insert(u"errors"_qs, report.count(Severity::Error));
    json.insert(u"warnings"_qs, report.count(Severity::Warning));
    json.insert(u"confirmable"_qs, obstacle.isEmpty());
    json.insert(u"confirmed"_qs, Confirmation::isConfirmed(state));
    json.insert(u"sender"_qs, delivery.senderAddress);
    json.insert(u"subject"_qs, delivery.subject);
    json.insert(u"validitySeconds"_qs, delivery.validitySeconds);
    json.insert(u"approvalMode"_qs, approvalModeId(delivery.approvalMode));
    json.insert(u"entries"_qs, entries);
    return json;
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Analyzes a delivery without sending anything: control rules, exclusions, personalization of every "
                             "message, content checks, the sender domain's DNS records and the sending time. Prints what "
                             "confirming will do. Exits with 1 when the analysis found an error."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"json"_qs, Cli::tr("Print the report as JSON.")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const bool json = parser.isSet(u"json"_qs);
    const bool terminal = isatty(STDERR_FILENO);

    AnalysisRunner runner(workspace->path(), workspace->writer());
    std::optional<AnalysisReport> stored;
    QString failure;
    bool canceled = false;
    QObject::connect(&runner, &AnalysisRunner::progressed, &runner, [terminal, json](DeliveryAnalysis::Phase phase, int percent) {
        if (!terminal || json)
            return;
        err() << '\r' << Cli::tr("%1: %2 %").arg(analysisPhaseName(phase)).arg(percent, 3) << "   ";
        err().flush();
    });
    QObject::connect(&runner, &AnalysisRunner::finished, &runner, [&stored](const AnalysisReport &report) {
        stored = report;
        QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &AnalysisRunner::failed, &runner, [&failure](const QString &message) {
        failure = message;
        QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &AnalysisRunner::canceled, &runner, [&canceled] {
        canceled = true;
        QCoreApplication::exit(0);
    });
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &runner, &AnalysisRunner::cancel);
    runner.start(*id);
    QCoreApplication::exec();
    if (terminal && !json)
        err() << '\r' << QString(40, u' ') << '\r';
    if (canceled)
        return reportFailure(Cli::tr("The analysis was canceled; the workspace is as it was."));
    if (!failure.isEmpty())
        return reportFailure(failure);
    try {
        ReadConnection reader(workspace->path());
        const std::optional<Delivery> delivery = DeliveryRepository::load(reader.db(), *id);
        const QString obstacle = Confirmation::obstacle(reader.db(), *id);
        if (json)
            out() << QJsonDocument(reportJson(*delivery, *stored, obstacle, delivery->state)).toJson(QJsonDocument::Indented);
        else
            printReport(*delivery, *stored, obstacle, delivery->state);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return stored->count(Severity::Error) > 0 ? Failure : Success;
}

} // namespace diffusion::cli
