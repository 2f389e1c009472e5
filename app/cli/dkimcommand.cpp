#include "command.h"
#include "commandline.h"
#include "dkim/dkimerror.h"
#include "dkim/dkimsigner.h"

#include <QFile>

namespace diffusion::cli {

namespace {

const QString domainOption = u"domain"_qs;
const QString selectorOption = u"selector"_qs;
const QString keyOption = u"key"_qs;
const QString algorithmOption = u"algorithm"_qs;
const QString canonicalizationOption = u"canonicalization"_qs;
const QString oversignOption = u"oversign-from"_qs;

void addKeyOption(QCommandLineParser &parser)
{
    parser.addOption({keyOption, QCoreApplication::translate("Cli", "The private key file, PEM: RSA of 1024 to 4096 bits, or Ed25519."), QCoreApplication::translate("Cli", "file")});
}

// The message comes and goes as bytes: an 8-bit body must reach the signature unchanged.
QByteArray readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return input.readAll();
}

bool writeStandardOutput(const QByteArray &bytes)
{
    QFile output;
    return output.open(stdout, QIODevice::WriteOnly) && output.write(bytes) == bytes.size() && output.flush();
}

int runSign(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Signs with DKIM the message read on standard input, and writes it signed on standard output. "
                        "Give --selector and --key twice to sign with two keys (RSA and Ed25519)."), false);
    QCommandLineParser &parser = line.parser();
    parser.addOption({domainOption, QCoreApplication::translate("Cli", "The signing domain (d=)."), QCoreApplication::translate("Cli", "domain")});
    parser.addOption({selectorOption, QCoreApplication::translate("Cli", "The selector (s=) the key is published under, one per --key."), QCoreApplication::translate("Cli", "selector")});
    addKeyOption(parser);
    parser.addOption({algorithmOption, QCoreApplication::translate("Cli", "Refuse keys of another algorithm: rsa-sha256 or ed25519-sha256."), QCoreApplication::translate("Cli", "algorithm")});
    parser.addOption({canonicalizationOption, QCoreApplication::translate("Cli", "relaxed (the default) or simple, for header and body."), QCoreApplication::translate("Cli", "name")});
    parser.addOption({oversignOption, QCoreApplication::translate("Cli", "List From once more than it appears, so that no From can be added.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    const QStringList keyPaths = parser.values(keyOption);
    const QStringList selectors = parser.values(selectorOption);
    if (parser.value(domainOption).isEmpty() || keyPaths.isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "The options --domain, --selector and --key are required."));
    if (selectors.size() != keyPaths.size())
        return line.usageError(QCoreApplication::translate("Cli", "Give one --selector for each --key."));
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "dkim sign reads the message on standard input; it takes no file."));
    std::optional<DkimAlgorithm> algorithm;
    if (parser.isSet(algorithmOption)) {
        algorithm = dkimAlgorithmFromName(parser.value(algorithmOption).toLatin1());
        if (!algorithm)
            return line.usageError(QCoreApplication::translate("Cli", "The algorithm is rsa-sha256 or ed25519-sha256."));
    }
    DkimSigner::Options options;
    options.domain = parser.value(domainOption);
    options.oversignFrom = parser.isSet(oversignOption);
    const QString canonicalization = parser.value(canonicalizationOption);
    if (canonicalization == u"simple"_qs)
        options.canonicalization = dkim::Canonicalization::Simple;
    else if (!canonicalization.isEmpty() && canonicalization != u"relaxed"_qs)
        return line.usageError(QCoreApplication::translate("Cli", "The canonicalization is relaxed or simple."));

    try {
        for (qsizetype i = 0; i < keyPaths.size(); ++i) {
            const DkimKey key = DkimKey::fromFile(keyPaths[i]);
            if (algorithm && key.algorithm() != *algorithm) {
                return reportFailure(QCoreApplication::translate("Cli", "The key %1 is a key for %2, not for %3 as --algorithm asks.")
                                         .arg(keyPaths[i], QString::fromLatin1(dkimAlgorithmName(key.algorithm())),
                                              QString::fromLatin1(dkimAlgorithmName(*algorithm))));
            }
            options.signatures.append({key, selectors[i]});
        }
        const DkimSigner signer(options);
        if (!writeStandardOutput(signer.sign(readStandardInput())))
            return reportFailure(QCoreApplication::translate("Cli", "Cannot write the signed message on standard output."));
    } catch (const DkimError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

int runRecord(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Prints the DNS TXT record that publishes the public half of a DKIM key, "
                        "to put at SELECTOR._domainkey.DOMAIN."), false);
    addKeyOption(line.parser());
    if (auto exit = line.parse(arguments))
        return *exit;
    if (line.parser().value(keyOption).isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "The option --key FILE is required."));
    try {
        out() << QString::fromLatin1(DkimKey::fromFile(line.parser().value(keyOption)).dnsRecord()) << '\n';
    } catch (const DkimError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace

int runAddKey(const QStringList &arguments);
int runRemoveKey(const QStringList &arguments);

int runDkim(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"add-key"_qs)
        return runAddKey(arguments.mid(1));
    if (action == u"remove-key"_qs)
        return runRemoveKey(arguments.mid(1));
    if (action == u"sign"_qs)
        return runSign(arguments.mid(1));
    if (action == u"record"_qs)
        return runRecord(arguments.mid(1));
    const bool help = action == u"--help"_qs || action == u"-h"_qs;
    QTextStream &stream = help ? out() : err();
    if (!help) {
        stream << "diffusion-cli: "
               << (action.isEmpty() ? QCoreApplication::translate("Cli", "Say what to do with DKIM: sign, record, add-key or remove-key.")
                                    : QCoreApplication::translate("Cli", "Unknown dkim action \"%1\".").arg(action)) << '\n';
    }
    stream << QCoreApplication::translate("Cli", "Usage: diffusion-cli dkim sign|record|add-key|remove-key [options]") << '\n'
           << "  sign    " << QCoreApplication::translate("Cli", "Sign the message read on standard input.") << '\n'
           << "  record  " << QCoreApplication::translate("Cli", "Print the DNS TXT record of a key.") << '\n'
           << "  add-key " << QCoreApplication::translate("Cli", "Add a signing key for a sender domain to a workspace.") << '\n'
           << "  remove-key " << QCoreApplication::translate("Cli", "Remove a sender domain's signing key from a workspace.") << '\n'
           << QCoreApplication::translate("Cli", "Run diffusion-cli dkim ACTION --help for the options of one action.") << '\n';
    stream.flush();
    return help ? Success : UsageError;
}

} // namespace diffusion::cli
