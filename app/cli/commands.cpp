#include "command.h"

#include <QCoreApplication>

namespace diffusion::cli {

int runInit(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runLists(const QStringList &arguments);
int runDkim(const QStringList &arguments);
int runDelivery(const QStringList &arguments);
int runRender(const QStringList &arguments);

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"init", QT_TRANSLATE_NOOP("Cli", "Create a workspace, or migrate an existing one."), runInit},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import recipients from a CSV file into a list."), runImport},
        {"lists", QT_TRANSLATE_NOOP("Cli", "Show the recipient lists with their counts."), runLists},
        {"dkim", QT_TRANSLATE_NOOP("Cli", "Sign a message with DKIM, or print a key's DNS record."), runDkim},
        {"delivery", QT_TRANSLATE_NOOP("Cli", "Create a delivery (delivery create --help)."), runDelivery},
        {"render", QT_TRANSLATE_NOOP("Cli", "Write the signed message a recipient of a delivery would receive."), runRender},
    };
    return all;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace diffusion::cli
