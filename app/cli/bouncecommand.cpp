#include "command.h"
#include "commandline.h"
#include "domain/codes.h"
#include "inmail/bouncejson.h"
#include "inmail/bounceparser.h"
#include "inmail/bouncequalifier.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QFile>
#include <QJsonDocument>

namespace diffusion::cli {

namespace {

QString codeLabel(std::span<const CodeInfo> table, int value)
{
    const CodeInfo *info = findCode(table, value);
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(value);
}

QString kindLabel(BounceKind kind)
{
    switch (kind) {
    case BounceKind::Dsn:
        return Cli::tr("a bounce, or a delivery report");
    case BounceKind::Arf:
        return Cli::tr("a complaint from a feedback loop");
    case BounceKind::AutoReply:
        return Cli::tr("an auto-reply");
    case BounceKind::Unknown:
        break;
    }
    return Cli::tr("not a bounce");
}

// The file's bytes, or "-" for standard input; nothing, with the reason in *problem, when it
// cannot be read.
std::optional<QByteArray> readMessage(const QString &path, QString *problem)
{
    QFile file(path);
    const bool opened = path == u"-"_qs ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *problem = Cli::tr("Cannot read the message %1: %2. Give the path of a message file (.eml), or - for standard input.")
                       .arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

void printText(const BounceReport &report, const QList<QualifiedBounceRecipient> &qualified)
{
    out() << Cli::tr("Kind:       %1 — %2").arg(bounceKindId(report.kind), kindLabel(report.kind)) << '\n';
    if (report.kind == BounceKind::Arf)
        out() << Cli::tr("Complaint:  %1").arg(report.feedbackType) << '\n';
    out() << Cli::tr("From:       %1").arg(report.from) << '\n' << Cli::tr("Subject:    %1").arg(report.subject) << '\n';
    if (!report.envelopeRecipients.isEmpty())
        out() << Cli::tr("Sent to:    %1").arg(report.envelopeRecipients.join(u", "_qs)) << '\n';
    if (!report.originalMessageIds.isEmpty())
        out() << Cli::tr("About:      %1").arg(report.originalMessageIds.join(u", "_qs)) << '\n';
    if (qualified.isEmpty()) {
        out() << Cli::tr("No recipient: there is nothing to qualify.") << '\n';
        return;
    }
    for (const QualifiedBounceRecipient &q : qualified) {
        const BounceRecipient &r = q.recipient;
        out() << '\n' << Cli::tr("Recipient:  %1").arg(r.recipient) << '\n';
        if (!r.action.isEmpty())
            out() << "    " << Cli::tr("Action:     %1").arg(r.action) << '\n';
        if (!r.status.isEmpty())
            out() << "    " << Cli::tr("Status:     %1").arg(r.status) << '\n';
        if (!r.diagnostic.isEmpty())
            out() << "    " << Cli::tr("Diagnostic: %1").arg(r.diagnostic) << '\n';
        out() << "    "
              << Cli::tr("Type:       %1 (%2)").arg(codeLabel(failureTypeCodes(), int(q.qualification.type)),
                                                   stableId(failureTypeCodes(), q.qualification.type))
              << '\n'
              << "    "
              << Cli::tr("Reason:     %1 (%2)").arg(codeLabel(failureReasonCodes(), int(q.qualification.reason)),
                                                   stableId(failureReasonCodes(), q.qualification.reason))
              << '\n';
        if (q.ruleId == 0)
            out() << "    " << Cli::tr("Rule:       none matched") << '\n';
        else if (q.byInboundRule)
            out() << "    " << Cli::tr("Rule:       inbound rule %1 — %2").arg(QString::number(q.ruleId), q.ruleLabel) << '\n';
        else
            out() << "    " << Cli::tr("Rule:       qualification rule %1 — %2").arg(QString::number(q.ruleId), q.ruleLabel) << '\n';
    }
}

int runParse(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Tells what a message from the bounce mailbox is (a bounce, a complaint, an auto-reply or none) "
                             "and how each of its recipients is qualified."),
                     false);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"workspace"_qs, Cli::tr("The workspace whose rules apply; without it, the rules a new workspace gets."),
                      Cli::tr("path")});
    parser.addOption({u"json"_qs, Cli::tr("Print JSON.")});
    parser.addPositionalArgument(u"file"_qs, Cli::tr("The message file (.eml), or - for standard input."));
    if (auto exit = line.parse(arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return line.usageError(Cli::tr("Give one message file, or - for standard input."));
    QString problem;
    const std::optional<QByteArray> raw = readMessage(parser.positionalArguments().constFirst(), &problem);
    if (!raw)
        return line.usageError(problem);
    try {
        std::optional<BounceQualifier> qualifier;
        if (line.workspacePath().isEmpty()) {
            qualifier = BounceQualifier::defaults();
        } else {
            auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
            if (!workspace)
                return Failure;
            ReadConnection reader(workspace->path());
            qualifier = BounceQualifier::load(reader.db());
        }
        const BounceReport report = parseBounce(*raw);
        const QList<QualifiedBounceRecipient> qualified = qualifier->qualify(report);
        if (parser.isSet(u"json"_qs))
            out() << QString::fromUtf8(QJsonDocument(bounceJson(report, qualified)).toJson(QJsonDocument::Indented));
        else
            printText(report, qualified);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace

int runBounce(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"parse"_qs)
        return runParse(arguments.mid(1));
    err() << Cli::tr("Usage: diffusion-cli bounce parse FILE [--json] [--workspace PATH]") << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
