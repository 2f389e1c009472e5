#include "command.h"
#include "commandline.h"
#include "dkim/dkimerror.h"
#include "dkim/dkimkey.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

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
    const QString domain = QString::fromLatin1(QUrl::toAce(parser.value(u"domain"_qs).trimmed().toLower()));
    const QString selector = parser.value(u"selector"_qs).trimmed();
    const QString path = QFileInfo(parser.value(u"key"_qs)).absoluteFilePath();
    QByteArray record;
    QString algorithm;
    try {
        const DkimKey key = DkimKey::fromFile(path);
        record = key.dnsRecord();
        algorithm = QString::fromLatin1(dkimAlgorithmName(key.algorithm()));
    } catch (const DkimError &error) {
        return reportFailure(error.message());
    }
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        workspace->writer().submit([&](QSqlDatabase &db) {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT OR REPLACE INTO dkim_key (domain, selector, key_path, algorithm) VALUES (?, ?, ?, ?)"_qs);
            for (const QString &value : {domain, selector, path, algorithm})
                insert.addBindValue(value);
            if (!insert.exec())
                throw StoreError(Cli::tr("The workspace refused the key: %1").arg(insert.lastError().text()));
        }).waitForFinished();
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    out() << selector << "._domainkey." << domain << " TXT \"" << QString::fromLatin1(record) << "\"\n";
    return Success;
}

} // namespace diffusion::cli
