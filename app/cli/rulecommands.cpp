#include "rulecommands.h"

namespace diffusion::cli {

qint64 parseRuleId(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    return isNumber && id > 0 ? id : 0;
}

QString codeIds(std::span<const CodeInfo> table)
{
    QStringList names;
    for (const CodeInfo &info : table)
        names.append(QString::fromLatin1(info.id));
    return names.join(u", "_qs);
}

void addTypeAndReasonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"type"_qs, Cli::tr("soft, hard or ignored (add: the reason's usual type)."), Cli::tr("type")});
    parser.addOption({u"reason"_qs, Cli::tr("The failure reason's id: %1.").arg(codeIds(failureReasonCodes())), Cli::tr("reason")});
}

QString parseTypeAndReason(const QCommandLineParser &parser, std::optional<FailureType> *type, std::optional<FailureReason> *reason)
{
    if (parser.isSet(u"reason"_qs)) {
        const CodeInfo *info = findCode(failureReasonCodes(), parser.value(u"reason"_qs));
        if (!info)
            return Cli::tr("“%1” is not a failure reason: use one of %2.").arg(parser.value(u"reason"_qs), codeIds(failureReasonCodes()));
        *reason = FailureReason(info->value);
    }
    if (parser.isSet(u"type"_qs)) {
        const CodeInfo *info = findCode(failureTypeCodes(), parser.value(u"type"_qs));
        if (!info)
            return Cli::tr("The failure type is soft, hard or ignored.");
        *type = FailureType(info->value);
    }
    return {};
}

qint64 parseRuleIdArgument(CommandLine &line, const QStringList &arguments, const QString &idHelp, int *exit)
{
    line.parser().addPositionalArgument(u"id"_qs, idHelp);
    if (auto early = line.parse(arguments)) {
        *exit = *early;
        return 0;
    }
    const qint64 id = parseRuleId(line.parser().positionalArguments().value(0));
    if (line.parser().positionalArguments().size() != 1 || id == 0) {
        *exit = line.usageError(Cli::tr("Give one rule id."));
        return 0;
    }
    return id;
}

void addMoveOptions(QCommandLineParser &parser)
{
    parser.addOption({u"before"_qs, Cli::tr("Put the rule just before the rule with this id."), Cli::tr("id")});
    parser.addOption({u"last"_qs, Cli::tr("Put the rule at the end.")});
}

std::optional<qint64> parseMoveOptions(const QCommandLineParser &parser, QString *problem)
{
    const qint64 before = parseRuleId(parser.value(u"before"_qs));
    if (parser.isSet(u"last"_qs) == parser.isSet(u"before"_qs) || (parser.isSet(u"before"_qs) && before == 0)) {
        *problem = Cli::tr("Say where: --before ID or --last.");
        return std::nullopt;
    }
    return before;
}

int runRuleAction(const QStringList &arguments, const std::array<RuleAction, 5> &listAddEditRemoveMove, const QString &usage)
{
    static const QStringList actions{u"list"_qs, u"add"_qs, u"edit"_qs, u"remove"_qs, u"move"_qs};
    const QString action = arguments.value(1);
    if (const qsizetype index = actions.indexOf(action); index >= 0)
        return listAddEditRemoveMove[size_t(index)](arguments.mid(1));
    err() << usage << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
