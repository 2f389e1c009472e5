#include "command.h"
#include "i18n/language.h"

#include <QCoreApplication>

using namespace diffusion;
using namespace diffusion::cli;

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("Cli", "Usage: diffusion-cli COMMAND [options]") << '\n'
           << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
               << QCoreApplication::translate("Cli", command.summary) << '\n';
    stream << QCoreApplication::translate("Cli", "Run diffusion-cli COMMAND --help for the options of one command.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"diffusion"_qs);
    QCoreApplication::setOrganizationName(u"Diffusion"_qs);
    Language::install(Language::systemDefault());

    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help"_qs || name == u"-h"_qs || name == u"help"_qs) {
        printUsage(name.isEmpty() ? err() : out());
        return name.isEmpty() ? UsageError : Success;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return command.run(arguments.mid(1));
    }
    err() << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << '\n';
    printUsage(err());
    return UsageError;
}
