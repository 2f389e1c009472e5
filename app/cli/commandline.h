#pragma once

#include "store/workspace.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace diffusion::cli {

// The option parsing every command shares: --help, --workspace PATH, errors as sentences on
// stderr with exit code 2, and opening the workspace with its errors reported.
class CommandLine final
{
public:
    CommandLine(const QString &description, bool needsWorkspace);

    QCommandLineParser &parser() { return m_parser; }

    // Parses; on --help or a usage error prints and returns the exit code to end with.
    std::optional<int> parse(const QStringList &arguments);
    // Exit code 2 after printing the sentence and the usage.
    int usageError(const QString &message);
    // For commands on one delivery: declares the delivery id argument, parses, and returns the
    // id; nothing on --help or a usage error (a missing, repeated or non-numeric id included),
    // with the exit code to end with in *exit.
    std::optional<qint64> parseDelivery(const QStringList &arguments, int *exit);

    // Opens the --workspace; prints the error and returns null when it cannot.
    std::unique_ptr<Workspace> openWorkspace(Workspace::OpenMode mode);
    QString workspacePath() const;

private:
    QCommandLineParser m_parser;
    bool m_needsWorkspace;
};

// Prints a StoreError or any other failure as "diffusion-cli: message".
int reportFailure(const QString &message);

} // namespace diffusion::cli
