#include "command.h"
#include "commandline.h"
#include "store/migrations.h"

namespace diffusion::cli {

int runInit(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Creates the workspace file, or migrates an existing one to this version's schema."), true);
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return Failure;
    if (workspace->schemaVersionFound() == 0)
        out() << QCoreApplication::translate("Cli", "Created the workspace %1 (schema %2).").arg(workspace->path()).arg(knownSchemaVersion()) << '\n';
    else if (workspace->schemaVersionFound() < knownSchemaVersion())
        out() << QCoreApplication::translate("Cli", "Migrated the workspace %1 from schema %2 to %3.").arg(workspace->path()).arg(workspace->schemaVersionFound()).arg(knownSchemaVersion()) << '\n';
    else
        out() << QCoreApplication::translate("Cli", "The workspace %1 is up to date (schema %2).").arg(workspace->path()).arg(knownSchemaVersion()) << '\n';
    return Success;
}

} // namespace diffusion::cli
