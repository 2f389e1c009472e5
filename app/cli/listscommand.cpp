#include "command.h"
#include "commandline.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QLocale>

namespace diffusion::cli {

int runLists(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Shows the recipient lists of a workspace with their counts."), true);
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        ReadConnection reader(workspace->path());
        QSqlQuery query = runQuery(reader.db(),
            u"SELECT name, recipients, usable, address_not_specified, bad_quality FROM v_list_summary ORDER BY name"_qs);
        const QLocale locale;
        while (query.next()) {
            out() << query.value(0).toString() << '\t'
                  << QCoreApplication::translate("Cli", "%1 recipients, %2 usable, %3 without address, %4 bad-quality")
                         .arg(locale.toString(query.value(1).toLongLong()), locale.toString(query.value(2).toLongLong()),
                              locale.toString(query.value(3).toLongLong()), locale.toString(query.value(4).toLongLong()))
                  << '\n';
        }
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace diffusion::cli
