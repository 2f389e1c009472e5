#include "feedback/qualificationruleediting.h"
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
    return Cli::tr("There is no qualification rule %1; qualify rule list shows them.").arg(id);
}

QStringList problemTexts(const QualificationRule &rule)
{
    QStringList texts;
    for (const QualificationRuleEditing::Problem &problem : QualificationRuleEditing::validate(rule))
        texts.append(problem.text);
    return texts;
}

const RuleTable<QualificationRule> qualificationRules{
    QualificationRule::loadAll,
    [](QSqlDatabase &db, const QList<QualificationRule> &rules) { return QualificationRuleEditing::save(db, rules); },
    noSuchRule,
    problemTexts,
};

QString idHelp()
{
    return Cli::tr("The rule's id, as qualify rule list shows it.");
}

void addRuleOptions(QCommandLineParser &parser)
{
    parser.addOption({u"label"_qs, Cli::tr("The rule's name, shown with every reply it qualifies."), Cli::tr("text")});
    parser.addOption({u"code"_qs, Cli::tr("The reply code: 550, 5?? (? any digit), 5* (* any run), empty for any; or an outcome "
                                          "without a reply: dns, connect, tls, auth, lost, local."),
                      Cli::tr("pattern")});
    parser.addOption({u"enhanced"_qs, Cli::tr("The enhanced status code: 5.1.1, 4.7.*, ?.2.2, empty for any."), Cli::tr("pattern")});
    parser.addOption({u"text"_qs, Cli::tr("A regular expression searched in the reply text, case-insensitive; empty for any."),
                      Cli::tr("regex")});
    addTypeAndReasonOptions(parser);
}

// The values given by add and edit's options; the others are left as they are.
struct RuleOptions {
    std::optional<QString> label, code, enhanced, text;
    std::optional<FailureType> type;
    std::optional<FailureReason> reason;

    void applyTo(QualificationRule *rule) const
    {
        rule->label = label.value_or(rule->label);
        rule->smtpCode = code.value_or(rule->smtpCode);
        rule->enhancedCode = enhanced.value_or(rule->enhancedCode);
        rule->textRegex = text.value_or(rule->textRegex);
        rule->qualification.type = type.value_or(rule->qualification.type);
        rule->qualification.reason = reason.value_or(rule->qualification.reason);
    }
};

// Reads the options given; a usage error sentence when one cannot be read.
QString parseRuleOptions(const QCommandLineParser &parser, RuleOptions *options)
{
    const auto text = [&parser](const QString &name, bool trim) -> std::optional<QString> {
        if (!parser.isSet(name))
            return std::nullopt;
        return trim ? parser.value(name).trimmed() : parser.value(name);
    };
    options->label = text(u"label"_qs, true);
    options->code = text(u"code"_qs, true);
    options->enhanced = text(u"enhanced"_qs, true);
    options->text = text(u"text"_qs, false);
    return parseTypeAndReason(parser, &options->type, &options->reason);
}

int runList(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows the qualification rules in the order they are tried: the first that matches a reply "
                             "gives its failure type and reason."),
                     true);
    line.parser().addOption({u"json"_qs, Cli::tr("Print JSON.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    QList<QualificationRule> rules;
    try {
        ReadConnection reader(workspace->path());
        rules = QualificationRule::loadAll(reader.db());
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    if (line.parser().isSet(u"json"_qs)) {
        QJsonArray array;
        for (const QualificationRule &rule : rules) {
            array.append(QJsonObject{
                {u"id"_qs, rule.id},
                {u"label"_qs, rule.label},
                {u"code"_qs, rule.smtpCode},
                {u"enhanced"_qs, rule.enhancedCode},
                {u"text"_qs, rule.textRegex},
                {u"type"_qs, stableId(failureTypeCodes(), rule.qualification.type)},
                {u"reason"_qs, stableId(failureReasonCodes(), rule.qualification.reason)},
                {u"problems"_qs, QJsonArray::fromStringList(problemTexts(rule))},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    for (const QualificationRule &rule : rules) {
        QStringList conditions;
        if (!rule.smtpCode.isEmpty())
            conditions.append(Cli::tr("code %1").arg(rule.smtpCode));
        if (!rule.enhancedCode.isEmpty())
            conditions.append(Cli::tr("enhanced %1").arg(rule.enhancedCode));
        if (!rule.textRegex.isEmpty())
            conditions.append(Cli::tr("text /%1/").arg(rule.textRegex));
        if (conditions.isEmpty())
            conditions.append(Cli::tr("any reply"));
        out() << locale.toString(rule.id) << ". " << rule.label << '\n'
              << "    " << conditions.join(u", "_qs) << " → " << stableId(failureTypeCodes(), rule.qualification.type) << ", "
              << stableId(failureReasonCodes(), rule.qualification.reason) << '\n';
        for (const QString &problem : problemTexts(rule))
            out() << "    ! " << problem << '\n';
    }
    return Success;
}

int runAdd(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Adds a qualification rule, at the end or before the rule given by --before, and prints its id."),
                     true);
    addRuleOptions(line.parser());
    line.parser().addOption({u"before"_qs, Cli::tr("Put the rule just before the rule with this id."), Cli::tr("id")});
    if (auto exit = line.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = line.parser();
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(Cli::tr("Give the rule with options: --label, --code, --enhanced, --text, --type, --reason."));
    if (!parser.isSet(u"label"_qs) || !parser.isSet(u"reason"_qs))
        return line.usageError(Cli::tr("A rule needs at least --label and --reason."));
    RuleOptions options;
    if (const QString problem = parseRuleOptions(parser, &options); !problem.isEmpty())
        return line.usageError(problem);
    QualificationRule rule;
    if (!options.type)
        rule.qualification.type = FailureType(findCode(failureReasonCodes(), int(*options.reason))->defaultType);
    options.applyTo(&rule);
    const qint64 before = parser.isSet(u"before"_qs) ? parseRuleId(parser.value(u"before"_qs)) : -1;
    if (before == 0)
        return line.usageError(Cli::tr("--before takes a rule id, as qualify rule list shows it."));
    return addRule(line, qualificationRules, rule, std::max<qint64>(before, 0));
}

int runEdit(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Changes a qualification rule: only the options given."), true);
    addRuleOptions(line.parser());
    int exit = Success;
    const qint64 id = parseRuleIdArgument(line, arguments, idHelp(), &exit);
    if (id == 0)
        return exit;
    RuleOptions options;
    if (const QString problem = parseRuleOptions(line.parser(), &options); !problem.isEmpty())
        return line.usageError(problem);
    return editRule<QualificationRule>(line, qualificationRules, id, [options](QualificationRule *rule) { options.applyTo(rule); });
}

int runRemove(const QStringList &arguments)
{
    return removeRule(arguments, qualificationRules,
                      Cli::tr("Removes a qualification rule; the replies it matched go to the next rule that matches them."),
                      idHelp());
}

int runMove(const QStringList &arguments)
{
    return moveRule(arguments, qualificationRules,
                    Cli::tr("Moves a qualification rule before another one, or to the end: the first rule that matches wins."),
                    idHelp());
}

} // namespace

// `diffusion-cli qualify rule …`, reached from the qualify command.
int runQualifyRule(const QStringList &arguments)
{
    return runRuleAction(arguments, {runList, runAdd, runEdit, runRemove, runMove}, Cli::tr("Usage: diffusion-cli qualify rule list|add|edit|remove|move [options]"));
}

} // namespace diffusion::cli
