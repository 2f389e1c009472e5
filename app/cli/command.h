#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace diffusion::cli {

// Gives the commands tr() in the "Cli" context: Cli::tr("…").
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One sub-command of diffusion-cli: `diffusion-cli NAME [options]`.
struct Command {
    const char *name;
    const char *summary; // translated at display time, context "Cli"
    int (*run)(const QStringList &arguments); // arguments start with NAME, then its options
};

// Every command, in the order `diffusion-cli --help` lists them (commands.cpp).
const QList<Command> &commands();

// Standard streams, UTF-8.
QTextStream &out();
QTextStream &err();

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

} // namespace diffusion::cli
