#include "inmail/inboundruleediting.h"
#include "rulecommands.h"
#include "store/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <optional>

namespace diffusion::cli {

namespace {

QString noSuchRule(qint64 id)
{
    return Cli::tr("There is no inbound rule %1; inmail rule list shows them.").arg(id);
}

QStringList problemTexts(const InboundRule &rule)
{
    QStringList texts;
    for (const InboundRuleEditing::Problem &problem : InboundRuleEditing::validate(rule))
        texts.append(problem.text);
    return texts;
}

const RuleTable<InboundRule> inboundRules{
    InboundRule::loadAll,
    [](QSqlDatabase &db, const QList<InboundRule> &rules) { return InboundRuleEditing::save(db, rules); },
    noSuchRule,
    problemTexts,
};

QString idHelp()
{
    return Cli::tr("The rule's id, as inmail rule list shows it.");
}

void addRuleOptions(QCommandLineParser &parser)
{
    parser.addOption({u"label"_qs, Cli::tr("The rule's name, shown with every bounce it qualifies."), Cli::tr("text")});
    parser.addOption({u"kind"_qs, Cli::tr("The bounces it applies to: %1 (add: any).").arg(InboundRule::kindIds().join(u", "_qs)),
                      Cli::tr("kind")});
    parser.addOption({u"pattern"_qs, Cli::tr("A regular expression searched, case-insensitive, in the recipient's status and "
                                             "diagnostic, then in those with the bounce's subject and text; empty for any."),
                      Cli::tr("regex")});
    addTypeAndReasonOptions(parser);
}

// The values given by add and edit's options; the others are left as they are.
struct RuleOptions {
    std::optional<QString> label, kind, pattern;
    std::optional<FailureType> type;
    std::optional<FailureReason> reason;

    void applyTo(InboundRule *rule) const
    {
        rule->label = label.value_or(rule->label);
        rule->kind = kind.value_or(rule->kind);
        rule->pattern = pattern.value_or(rule->pattern);
        rule->qualification.type = type.value_or(rule->qualification.type);
        rule->qualification.reason = reason.value_or(rule->qualification.reason);
    }
};

// Reads the options given; a usage error sentence when one cannot be read.
QString parseRuleOptions(const QCommandLineParser &parser, RuleOptions *options)
{
    if (parser.isSet(u"label"_qs))
        options->label = parser.value(u"label"_qs).trimmed();
    if (parser.isSet(u"kind"_qs))
        options->kind = parser.value(u"kind"_qs).trimmed().toLower();
    if (parser.isSet(u"pattern"_qs))
        options->pattern = parser.value(u"pattern"_qs);
    return parseTypeAndReason(parser, &options->type, &options->reason);
}

int runList(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows the inbound rules in the order they are tried: the first that matches a bounce gives "
                             "its failure type and reason."),
                     true);
    line.parser().addOption({u"json"_qs, Cli::tr("Print JSON.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    QList<InboundRule> rules;
    try {
        ReadConnection reader(workspace->path());
        rules = InboundRule::loadAll(reader.db());
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    if (line.parser().isSet(u"json"_qs)) {
        QJsonArray array;
        for (const InboundRule &rule : rules) {
            array.append(QJsonObject{
                {u"id"_qs, rule.id},
                {u"label"_qs, rule.label},
                {u"kind"_qs, rule.kind},
                {u"pattern"_qs, rule.pattern},
                {u"type"_qs, stableId(failureTypeCodes(), rule.qualification.type)},
                {u"reason"_qs, stableId(failureReasonCodes(), rule.qualification.reason)},
                {u"problems"_qs, QJsonArray::fromStringList(problemTexts(rule))},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    for (const InboundRule &rule : rules) {
        const QString pattern = rule.pattern.isEmpty() ? Cli::tr("any text") : Cli::tr("pattern /%1/").arg(rule.pattern);
        out() << locale.toString(rule.id) << ". " << rule.label << '\n'
              << "    " << Cli::tr("%1 bounces, %2").arg(rule.kind, pattern) << " → "
              << stableId(failureTypeCodes(), rule.qualification.type) << ", "
              << stableId(failureReasonCodes(), rule.qualification.reason) << '\n';
        for (const QString &problem : problemTexts(rule))
            out() << "    ! " << problem << '\n';
    }
    return Success;
}

int runAdd(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Adds an inbound rule, at the end or before the rule given by --before, and prints its id."), true);
    addRuleOptions(line.parser());
    line.parser().addOption({u"before"_qs, Cli::tr("Put the rule just before the rule with this id."), Cli::tr("id")});
    if (auto exit = line.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = line.parser();
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(Cli::tr("Give the rule with options: --label, --kind, --pattern, --type, --reason."));
    if (!parser.isSet(u"label"_qs) || !parser.isSet(u"reason"_qs))
        return line.usageError(Cli::tr("A rule needs at least --label and --reason."));
    RuleOptions options;
    if (const QString problem = parseRuleOptions(parser, &options); !problem.isEmpty())
        return line.usageError(problem);
    InboundRule rule;
    if (!options.type)
        rule.qualification.type = FailureType(findCode(failureReasonCodes(), int(*options.reason))->defaultType);
    options.applyTo(&rule);
    const qint64 before = parser.isSet(u"before"_qs) ? parseRuleId(parser.value(u"before"_qs)) : -1;
    if (before == 0)
        return line.usageError(Cli::tr("--before takes a rule id, as inmail rule list shows it."));
    return addRule(line, inboundRules, rule, std::max<qint64>(before, 0));
}

int runEdit(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Changes an inbound rule: only the options given."), true);
    addRuleOptions(line.parser());
    int exit = Success;
    const qint64 id = parseRuleIdArgument(line, arguments, idHelp(), &exit);
    if (id == 0)
        return exit;
    RuleOptions options;
    if (const QString problem = parseRuleOptions(line.parser(), &options); !problem.isEmpty())
        return line.usageError(problem);
    return editRule<InboundRule>(line, inboundRules, id, [options](InboundRule *rule) { options.applyTo(rule); });
}

int runRemove(const QStringList &arguments)
{
    return removeRule(arguments, inboundRules,
                      Cli::tr("Removes an inbound rule; the bounces it matched go to the next rule that matches them."),
                      idHelp());
}

int runMove(const QStringList &arguments)
{
    return moveRule(arguments, inboundRules,
                    Cli::tr("Moves an inbound rule before another one, or to the end: the first rule that matches wins."),
                    idHelp());
}

} // namespace

// `diffusion-cli inmail rule …`, reached from the inmail command.
int runInMailRule(const QStringList &arguments)
{
    return runRuleAction(arguments, {runList, runAdd, runEdit, runRemove, runMove}, Cli::tr("Usage: diffusion-cli inmail rule list|add|edit|remove|move [options]"));
}

} // namespace diffusion::cli
