#include "command.h"
#include "commandline.h"

namespace diffusion::cli {

// Placeholder until the import lands (being written now).
int runImport(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Imports recipients."), true);
    if (auto exit = line.parse(arguments))
        return *exit;
    return Failure;
}

} // namespace diffusion::cli
