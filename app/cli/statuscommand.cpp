#include "command.h"
#include "commandline.h"
#include "domain/codes.h"
#include "kpi/deliverykpis.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QLocale>

namespace diffusion::cli {

namespace {

QString label(std::span<const CodeInfo> table, int value)
{
    const CodeInfo *info = findCode(table, value);
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(value);
}

void printTable(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[name, value] : rows)
        out() << "  " << name.leftJustified(width + 2) << value << '\n';
}

void printHuman(const DeliveryKpis &kpis, int topDomains)
{
    const QLocale locale;
    const DeliveryKpis::Counts &c = kpis.totals;
    out() << Cli::tr("Delivery %1 \"%2\": %3").arg(kpis.deliveryId).arg(kpis.label, label(deliveryStateCodes(), kpis.state)) << '\n';
    printTable({{Cli::tr("To deliver"), locale.toString(c.toDeliver())},
                {Cli::tr("Pending"), locale.toString(c.pending)},
                {Cli::tr("Taken into account"), locale.toString(c.takenIntoAccount)},
                {Cli::tr("Sent"), locale.toString(c.sent)},
                {Cli::tr("Failed"), locale.toString(c.failed)},
                {Cli::tr("Ignored"), locale.toString(c.ignored)},
                {Cli::tr("Canceled"), locale.toString(c.canceled)},
                {Cli::tr("Hard bounces"), locale.toString(c.hardBounces)},
                {Cli::tr("Soft bounces"), locale.toString(c.softBounces)},
                {Cli::tr("Processed"), locale.toString(c.processed())},
                {Cli::tr("Success"), Cli::tr("%1 %").arg(locale.toString(c.successRate(), 'f', 2))}});
    if (!kpis.reasons.isEmpty()) {
        out() << Cli::tr("Reasons:") << '\n';
        QList<std::pair<QString, QString>> rows;
        for (const auto &[reason, messages] : kpis.reasons)
            rows.append({label(failureReasonCodes(), reason), locale.toString(messages)});
        printTable(rows);
    }
    if (!kpis.domains.isEmpty()) {
        out() << Cli::tr("Domains (sent / failed / soft bounces / to deliver):") << '\n';
        QList<std::pair<QString, QString>> rows;
        for (const DeliveryKpis::Domain &domain : kpis.domains.mid(0, topDomains)) {
            const DeliveryKpis::Counts &d = domain.counts;
            rows.append({domain.name, Cli::tr("%1 / %2 / %3 / %4").arg(locale.toString(d.sent), locale.toString(d.failed),
                                                                        locale.toString(d.softBounces), locale.toString(d.toDeliver()))});
        }
        printTable(rows);
        if (kpis.domains.size() > topDomains)
            out() << "  " << Cli::tr("… and %1 more domains (--json lists them all)").arg(locale.toString(kpis.domains.size() - topDomains)) << '\n';
    }
}

} // namespace

int runStatus(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows a delivery's KPIs: statuses, bounces, success rate, reasons, domains and throughput."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"json"_qs, Cli::tr("Print one JSON object (keys in docs/cli.md).")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    const qint64 deliveryId = *id;
    if (!line.openWorkspace(Workspace::OpenMode::OpenExisting))
        return Failure;
    try {
        ReadConnection reader(line.workspacePath());
        const std::optional<DeliveryKpis> kpis = DeliveryKpis::load(reader.db(), deliveryId, parser.isSet(u"json"_qs) ? 1'000'000 : 11);
        if (!kpis)
            return reportFailure(Cli::tr("There is no delivery %1.").arg(deliveryId));
        if (parser.isSet(u"json"_qs))
            out() << QString::fromUtf8(QJsonDocument(kpis->toJson()).toJson(QJsonDocument::Indented));
        else
            printHuman(*kpis, 10);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace diffusion::cli
