#include "command.h"
#include "commandline.h"
#include "import/recipientimport.h"
#include "store/storeerror.h"

#include <QLocale>
#include <algorithm>

namespace diffusion::cli {

namespace {

// The rejected rows printed on stderr; the rest are only counted, a long list helps nobody.
constexpr qsizetype printedIssues = 20;

void printSummary(const ImportOptions &options, const ImportResult &result)
{
    const QLocale locale;
    out() << QCoreApplication::translate("Cli", "Imported %Ln recipient(s) into the list \"%1\".", nullptr, int(result.imported))
                 .arg(options.listName) << '\n'
          << QCoreApplication::translate("Cli", "  without address: %1").arg(locale.toString(result.addressNotSpecified)) << '\n'
          << QCoreApplication::translate("Cli", "  bad-quality address: %1").arg(locale.toString(result.badQuality)) << '\n'
          << QCoreApplication::translate("Cli", "Rejected rows: %1").arg(locale.toString(result.rejected)) << '\n';
    out().flush();
}

void printIssues(const ImportResult &result)
{
    const QLocale locale;
    const qsizetype printed = std::min(printedIssues, result.issues.size());
    for (const ImportIssue &issue : result.issues.first(printed))
        err() << QCoreApplication::translate("Cli", "line %1: %2").arg(locale.toString(issue.line), issue.reason) << '\n';
    if (const qint64 more = result.rejected - printed; more > 0)
        err() << QCoreApplication::translate("Cli", "… and %Ln more rejected row(s).", nullptr, int(more)) << '\n';
    err().flush();
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli",
        "Imports recipients from a CSV file (UTF-8, separated by commas or semicolons, with a header line "
        "naming the columns) into a list. Malformed rows are reported and skipped."), true);
    QCommandLineParser &parser = line.parser();
    const QString listOption = u"list"_qs;
    const QString replaceOption = u"replace"_qs;
    parser.addOption({listOption, QCoreApplication::translate("Cli", "The recipient list, created when missing."),
                      QCoreApplication::translate("Cli", "name")});
    parser.addOption({replaceOption, QCoreApplication::translate("Cli", "Empty the list before importing.")});
    parser.addPositionalArgument(u"file"_qs, QCoreApplication::translate("Cli", "The CSV file to import."));
    if (auto exit = line.parse(arguments))
        return *exit;
    if (parser.value(listOption).trimmed().isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "The option --list NAME is required."));
    if (parser.positionalArguments().size() != 1)
        return line.usageError(QCoreApplication::translate("Cli", "Give one CSV file to import."));

    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const ImportOptions options{parser.value(listOption), parser.positionalArguments().constFirst(),
                                parser.isSet(replaceOption)};
    try {
        const ImportResult result = submitImport(workspace->writer(), options).result();
        printSummary(options, result);
        printIssues(result);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace diffusion::cli
