#include "command.h"
#include "commandline.h"
#include "dkim/dkimerror.h"
#include "dkim/dkimkey.h"
#include "dkim/dkimkeytable.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QFileInfo>

namespace diffusion::cli {

// Registers a signing key for a sender domain: every delivery from that domain without a key of
// its own signs with it (two keys of one domain give dual signing).
int runAddKey(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Adds a DKIM key for a sender domain to the workspace, and prints the DNS TXT record to "
                             "publish at SELECTOR._domainkey.DOMAIN."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOptions({
        {u"domain"_qs, Cli::tr("The sender domain (d=)."), Cli::tr("domain")},
        {u"selector"_qs, Cli::tr("The selector (s=) the key is published under."), Cli::tr("selector")},
        {u"key"_qs, Cli::tr("The private key file, PEM: RSA of 1024 to 4096 bits, or Ed25519."), Cli::tr("file")},
    });
    if (auto exit = line.parse(arguments))
        return *exit;
    if (parser.value(u"domain"_qs).isEmpty() || parser.value(u"selector"_qs).isEmpty() || parser.value(u"key"_qs).isEmpty())
        return line.usageError(Cli::tr("The options --domain, --selector and --key are required."));
    const QString domain = DkimKeyTable::asciiDomain(parser.value(u"domain"_qs));
    const QString selector = parser.value(u"selector"_qs).trimmed();
    const QString path = QFileInfo(parser.value(u"key"_qs)).absoluteFilePath();
    QByteArray record;
    DkimAlgorithm algorithm;
    try {
        const DkimKey key = DkimKey::fromFile(path);
        record = key.dnsRecord();
        algorithm = key.algorithm();
    } catch (const DkimError &error) {
        return reportFailure(error.message());
    }
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        workspace->writer().submit([&](QSqlDatabase &db) { DkimKeyTable::add(db, domain, selector, path, algorithm); }).waitForFinished();
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    out() << selector << "._domainkey." << domain << " TXT \"" << QString::fromLatin1(record) << "\"\n";
    return Success;
}

int runRemoveKey(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Removes a sender domain's DKIM key from the workspace (the key file stays where it is)."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOptions({
        {u"domain"_qs, Cli::tr("The sender domain (d=)."), Cli::tr("domain")},
        {u"selector"_qs, Cli::tr("The selector (s=) the key is published under."), Cli::tr("selector")},
    });
    if (auto exit = line.parse(arguments))
        return *exit;
    if (parser.value(u"domain"_qs).isEmpty() || parser.value(u"selector"_qs).isEmpty())
        return line.usageError(Cli::tr("The options --domain and --selector are required."));
    const QString domain = DkimKeyTable::asciiDomain(parser.value(u"domain"_qs));
    const QString selector = parser.value(u"selector"_qs).trimmed();
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        if (!workspace->writer().submit([&](QSqlDatabase &db) { return DkimKeyTable::remove(db, domain, selector); }).result())
            return reportFailure(Cli::tr("There is no key for %1 with the selector %2.").arg(domain, selector));
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    out() << Cli::tr("The key of %1 (selector %2) is removed.").arg(domain, selector) << '\n';
    return Success;
}

} // namespace diffusion::cli
