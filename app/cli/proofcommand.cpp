#include "command.h"
#include "commandline.h"
#include "sending.h"
#include "analysis/proof.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

namespace diffusion::cli {

int runProof(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Sends a proof of a delivery to test addresses (at most 100) and waits for the outcome. The "
                             "subject starts with \"Proof #N\", N rising with each analysis. The quarantine does not apply."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"to"_qs, Cli::tr("Test addresses, separated by commas (repeatable)."), Cli::tr("addresses")});
    parser.addOption({u"trace"_qs, Cli::tr("Print the SMTP dialogue (C:/S: lines) on standard error.")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    QStringList addresses;
    for (const QString &value : parser.values(u"to"_qs)) {
        for (const QString &address : value.split(u',', Qt::SkipEmptyParts))
            addresses.append(address.trimmed());
    }
    if (addresses.isEmpty())
        return line.usageError(Cli::tr("Give the test addresses with --to."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    Proof::Created proof;
    try {
        proof = workspace->writer().submit([&](QSqlDatabase &db) { return Proof::create(db, *id, addresses); }).result();
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    out() << Cli::tr("Proof #%1 of delivery %2 (delivery %3).").arg(proof.number).arg(*id).arg(proof.proofDeliveryId) << '\n';
    return sendConfirmed(line, *workspace, proof.proofDeliveryId, true, parser.isSet(u"trace"_qs));
}

} // namespace diffusion::cli
