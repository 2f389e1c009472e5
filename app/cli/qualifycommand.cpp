#include "command.h"
#include "commandline.h"
#include "domain/codes.h"
#include "feedback/qualifier.h"
#include "feedback/typedreply.h"
#include "feedback/unqualifiedreplies.h"
#include "store/connection.h"
#include "store/memoryworkspace.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace diffusion::cli {

namespace {

QString codeLabel(std::span<const CodeInfo> table, int value)
{
    const CodeInfo *info = findCode(table, value);
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(value);
}

// The rules a new workspace gets, from a workspace in memory migrated as a file would be.
Qualifier defaultQualifier()
{
    MemoryWorkspace workspace;
    return Qualifier::load(workspace.db());
}

void printMatch(const SmtpReply &reply, const QualificationMatch &match, bool json)
{
    const Qualification &q = match.qualification;
    if (json) {
        const QJsonValue rule = match.ruleId == 0 ? QJsonValue(QJsonValue::Null)
                                                  : QJsonObject{{u"id"_qs, match.ruleId}, {u"label"_qs, match.ruleLabel}};
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{
                                                     {u"type"_qs, stableId(failureTypeCodes(), q.type)},
                                                     {u"reason"_qs, stableId(failureReasonCodes(), q.reason)},
                                                     {u"rule"_qs, rule},
                                                     {u"code"_qs, reply.code},
                                                     {u"enhanced"_qs, reply.enhanced.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                                : QJsonValue(reply.enhanced)},
                                                 })
                                         .toJson(QJsonDocument::Indented));
        return;
    }
    out() << Cli::tr("Reply:  %1").arg(reply.toString()) << '\n'
          << Cli::tr("Type:   %1 (%2)").arg(codeLabel(failureTypeCodes(), int(q.type)), stableId(failureTypeCodes(), q.type)) << '\n'
          << Cli::tr("Reason: %1 (%2)").arg(codeLabel(failureReasonCodes(), int(q.reason)), stableId(failureReasonCodes(), q.reason))
          << '\n';
    if (match.ruleId == 0)
        out() << Cli::tr("Rule:   no rule matched: %1").arg(codeLabel(failureReasonCodes(), int(FailureReason::NotDefined))) << '\n';
    else
        out() << Cli::tr("Rule:   %1 — %2").arg(QString::number(match.ruleId), match.ruleLabel) << '\n';
}

QJsonValue isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

void printToQualify(const QList<UnqualifiedReply> &replies, bool json)
{
    if (json) {
        QJsonArray array;
        for (const UnqualifiedReply &reply : replies) {
            array.append(QJsonObject{
                {u"normalized"_qs, reply.normalized},
                {u"count"_qs, reply.count},
                {u"code"_qs, reply.code},
                {u"enhanced"_qs, reply.enhanced.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reply.enhanced)},
                {u"example"_qs, reply.example},
                {u"firstSeen"_qs, isoTime(reply.firstSeen)},
                {u"lastSeen"_qs, isoTime(reply.lastSeen)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (replies.isEmpty()) {
        out() << Cli::tr("No reply waits to be qualified.") << '\n';
        return;
    }
    const QLocale locale;
    for (const UnqualifiedReply &reply : replies) {
        out() << Cli::tr("%Ln time(s), last on %1: %2", nullptr, int(reply.count))
                     .arg(locale.toString(QDateTime::fromSecsSinceEpoch(reply.lastSeen), QLocale::ShortFormat), reply.normalized)
              << '\n'
              << "    " << Cli::tr("for example: %1").arg(reply.example) << '\n';
    }
}

} // namespace

int runQualifyRule(const QStringList &arguments);

int runQualify(const QStringList &arguments)
{
    if (arguments.value(1) == u"rule"_qs)
        return runQualifyRule(arguments.mid(1));
    CommandLine line(Cli::tr("Tells how the rules qualify a server's reply: failure type, reason and the rule that decides. "
                             "With --to-qualify, lists the replies no rule matched, most frequent first."), false);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"workspace"_qs, Cli::tr("The workspace whose rules apply; without it, the rules a new workspace gets."),
                      Cli::tr("path")});
    parser.addOption({u"to-qualify"_qs, Cli::tr("List the replies no rule matched (needs --workspace).")});
    parser.addOption({u"json"_qs, Cli::tr("Print JSON.")});
    parser.addPositionalArgument(u"reply"_qs, Cli::tr("The reply, e.g. \"550 5.1.1 User unknown\"; \\n separates the lines of a "
                                                      "multi-line reply."));
    if (auto exit = line.parse(arguments))
        return *exit;
    const bool json = parser.isSet(u"json"_qs);
    const QString replyText = parser.positionalArguments().join(u' ');

    if (parser.isSet(u"to-qualify"_qs)) {
        if (!replyText.isEmpty())
            return line.usageError(Cli::tr("--to-qualify lists the stored replies; it takes no reply."));
        if (line.workspacePath().isEmpty())
            return line.usageError(Cli::tr("--to-qualify needs the workspace: --workspace PATH."));
        auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
        if (!workspace)
            return Failure;
        try {
            ReadConnection reader(workspace->path());
            printToQualify(UnqualifiedReplies::list(reader.db()), json);
        } catch (const StoreError &error) {
            return reportFailure(error.message());
        }
        return Success;
    }

    QString problem;
    const std::optional<SmtpReply> reply = TypedReply::parse(replyText, &problem);
    if (!reply) {
        return line.usageError(!problem.isEmpty() ? problem
                                                  : Cli::tr("Give the reply to qualify, as the server sent it: "
                                                            "diffusion-cli qualify \"550 5.1.1 User unknown\"."));
    }
    try {
        Qualifier qualifier;
        if (line.workspacePath().isEmpty()) {
            qualifier = defaultQualifier();
        } else {
            auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
            if (!workspace)
                return Failure;
            ReadConnection reader(workspace->path());
            qualifier = Qualifier::load(reader.db());
        }
        printMatch(*reply, qualifier.qualify(TypedReply::atRecipient(*reply)), json);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace diffusion::cli
