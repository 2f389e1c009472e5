#pragma once

#include "command.h"
#include "commandline.h"
#include "common/orderedrules.h"
#include "domain/codes.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <array>
#include <functional>
#include <optional>

// What `qualify rule` and `inmail rule` share (docs/cli.md, Rules): each reads, changes and
// writes its ordered rule table in one writer job, with the same steps to add, edit, remove and
// move a rule, and the same --type and --reason options.
namespace diffusion::cli {

// `… rule ACTION …`: runs the action's command (list, add, edit, remove, move), else prints
// `usage` (exit code 0 for --help, 2 otherwise).
using RuleAction = int (*)(const QStringList &arguments);
int runRuleAction(const QStringList &arguments, const std::array<RuleAction, 5> &listAddEditRemoveMove, const QString &usage);

// A rule id given as an argument or an option; 0 when it is not a positive number.
qint64 parseRuleId(const QString &text);

// The stable ids of a code table, comma-separated, for help texts and error sentences.
QString codeIds(std::span<const CodeInfo> table);

// --type and --reason, as add and edit take them.
void addTypeAndReasonOptions(QCommandLineParser &parser);
// The values given; a usage error sentence when one cannot be read.
QString parseTypeAndReason(const QCommandLineParser &parser, std::optional<FailureType> *type,
                           std::optional<FailureReason> *reason);

// One rule table, as the commands change it.
template <typename Rule> struct RuleTable {
    QList<Rule> (*load)(QSqlDatabase &db);
    QList<Rule> (*save)(QSqlDatabase &db, const QList<Rule> &rules); // throws a StoreError saying what stops it
    QString (*noSuchRule)(qint64 id);                                 // the sentence for an id the table does not have
    QStringList (*problems)(const Rule &rule);                        // what is wrong with one rule, in sentences
};

// What a change did: the sentences that stopped it, or where the rule it is about now stands.
struct RuleChange {
    QStringList problems;
    qsizetype index = -1;
};

// Reads the rules, changes them and saves them in one writer job, so that no other change comes
// in between. Prints the problems as a usage error; returns the id of the rule at the changed
// index (0 when none) in *id.
template <typename Rule>
int changeRules(CommandLine &line, const RuleTable<Rule> &table, const std::function<RuleChange(QList<Rule> &)> &change,
                qint64 *id = nullptr)
{
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        const auto [problems, changedId] = workspace->writer().submit([table, change](QSqlDatabase &db) {
            QList<Rule> rules = table.load(db);
            const RuleChange result = change(rules);
            if (!result.problems.isEmpty())
                return std::pair(result.problems, qint64(0));
            const QList<Rule> saved = table.save(db, rules);
            return std::pair(QStringList(), result.index >= 0 ? saved.at(result.index).id : qint64(0));
        }).result();
        if (!problems.isEmpty())
            return line.usageError(problems.join(u' '));
        if (id)
            *id = changedId;
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

// `… rule add`: puts the rule just before the rule with id `before` (at the end for 0) and
// prints its id.
template <typename Rule> int addRule(CommandLine &line, const RuleTable<Rule> &table, const Rule &rule, qint64 before)
{
    if (const QStringList problems = table.problems(rule); !problems.isEmpty())
        return line.usageError(problems.join(u' '));
    qint64 id = 0;
    const int exit = changeRules<Rule>(line, table, [rule, before, table](QList<Rule> &rules) {
        qsizetype index = rules.size();
        if (before > 0) {
            index = indexOfRule(rules, before);
            if (index < 0)
                throw StoreError(table.noSuchRule(before));
        }
        rules.insert(index, rule);
        return RuleChange{{}, index};
    }, &id);
    if (exit == Success)
        out() << Cli::tr("Added rule %1.").arg(id) << '\n';
    return exit;
}

// `… rule edit ID`: `edit` changes the stored rule; what is then wrong with it stops the change.
template <typename Rule>
int editRule(CommandLine &line, const RuleTable<Rule> &table, qint64 id, const std::function<void(Rule *)> &edit)
{
    return changeRules<Rule>(line, table, [id, edit, table](QList<Rule> &rules) {
        const qsizetype index = indexOfRule(rules, id);
        if (index < 0)
            throw StoreError(table.noSuchRule(id));
        edit(&rules[index]);
        return RuleChange{table.problems(rules.at(index)), index};
    });
}

// The id argument of edit, remove and move; 0 after a usage error or --help, with the exit code
// to end with in *exit.
qint64 parseRuleIdArgument(CommandLine &line, const QStringList &arguments, const QString &idHelp, int *exit);

// `… rule remove ID`, the whole command.
template <typename Rule>
int removeRule(const QStringList &arguments, const RuleTable<Rule> &table, const QString &description, const QString &idHelp)
{
    CommandLine line(description, true);
    int exit = Success;
    const qint64 id = parseRuleIdArgument(line, arguments, idHelp, &exit);
    if (id == 0)
        return exit;
    return changeRules<Rule>(line, table, [id, table](QList<Rule> &rules) {
        const qsizetype index = indexOfRule(rules, id);
        if (index < 0)
            throw StoreError(table.noSuchRule(id));
        rules.removeAt(index);
        return RuleChange{};
    });
}

// The options of move: where the rule goes.
void addMoveOptions(QCommandLineParser &parser);
// The id given by --before, 0 for --last; nothing, with the sentence in *problem, when neither
// or both are given.
std::optional<qint64> parseMoveOptions(const QCommandLineParser &parser, QString *problem);

// `… rule move ID --before OTHER|--last`, the whole command.
template <typename Rule>
int moveRule(const QStringList &arguments, const RuleTable<Rule> &table, const QString &description, const QString &idHelp)
{
    CommandLine line(description, true);
    addMoveOptions(line.parser());
    int exit = Success;
    const qint64 id = parseRuleIdArgument(line, arguments, idHelp, &exit);
    if (id == 0)
        return exit;
    QString problem;
    const std::optional<qint64> before = parseMoveOptions(line.parser(), &problem);
    if (!before)
        return line.usageError(problem);
    return changeRules<Rule>(line, table, [id, before = *before, table](QList<Rule> &rules) {
        qsizetype index = indexOfRule(rules, id);
        if (index < 0)
            throw StoreError(table.noSuchRule(id));
        const Rule rule = rules.takeAt(index);
        index = rules.size();
        if (before > 0) {
            index = indexOfRule(rules, before);
            if (index < 0)
                throw StoreError(table.noSuchRule(before));
        }
        rules.insert(index, rule);
        return RuleChange{};
    });
}

} // namespace diffusion::cli
