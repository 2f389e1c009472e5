#include "commandline.h"

#include "command.h"
#include "store/storeerror.h"

namespace diffusion::cli {

namespace {
const QString workspaceOption = u"workspace"_qs;
}

CommandLine::CommandLine(const QString &description, bool needsWorkspace)
    : m_needsWorkspace(needsWorkspace)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (needsWorkspace) {
        m_parser.addOption({workspaceOption, QCoreApplication::translate("Cli", "The workspace file."),
                            QCoreApplication::translate("Cli", "path")});
    }
}

std::optional<qint64> CommandLine::parseDelivery(const QStringList &arguments, int *exit)
{
    m_parser.addPositionalArgument(u"delivery"_qs, QCoreApplication::translate("Cli", "The delivery id."));
    if (const std::optional<int> early = parse(arguments)) {
        *exit = *early;
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = m_parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (m_parser.positionalArguments().size() != 1 || !isNumber) {
        *exit = usageError(QCoreApplication::translate("Cli", "Give one delivery id."));
        return std::nullopt;
    }
    return id;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_qs)) {
        out() << m_parser.helpText();
        return Success;
    }
    if (m_needsWorkspace && m_parser.value(workspaceOption).isEmpty())
        return usageError(QCoreApplication::translate("Cli", "The option --workspace PATH is required."));
    return std::nullopt;
}

int CommandLine::usageError(const QString &message)
{
    err() << "diffusion-cli: " << message << '\n' << m_parser.helpText();
    err().flush();
    return UsageError;
}

QString CommandLine::workspacePath() const
{
    return m_parser.value(workspaceOption);
}

std::unique_ptr<Workspace> CommandLine::openWorkspace(Workspace::OpenMode mode)
{
    try {
        return Workspace::open(workspacePath(), mode);
    } catch (const StoreError &error) {
        reportFailure(error.message());
        return nullptr;
    }
}

int reportFailure(const QString &message)
{
    err() << "diffusion-cli: " << message << '\n';
    err().flush();
    return Failure;
}

} // namespace diffusion::cli
