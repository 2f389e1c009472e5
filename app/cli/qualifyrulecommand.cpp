#include "command.h"
#include "commandline.h"
#include "domain/codes.h"
#include "feedback/qualificationruleediting.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <functional>
#include <optional>

namespace diffusion::cli {

namespace {

QString noSuchRule(qint64 id)
{
    return Cli::tr("There is no qualification rule %1; qualify rule list shows them.").arg(id);
}

qsizetype indexOfId(const QList<QualificationRule> &rules, qint64 id)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).id == id)
            return i;
    }
    return -1;
}

QString ids(std::span<const CodeInfo> table)
{
    QStringList names;
    for (const CodeInfo &info : table)
        names.append(QString::fromLatin1(info.id));
    return names.join(u", "_qs);
}

// A rule id given as an argument or an option; 0 when it is not a number.
qint64 parseId(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    return isNumber && id > 0 ? id : 0;
}

// What a change did: the sentences that stopped it, or where the rule it is about now stands.
struct Change {
    QStringList problems;
    qsizetype index = -1;
};

// Reads the rules, changes them and saves them in one writer job, so that no other change comes
// in between. Prints the problems as a usage error; returns the id of the rule at the changed
// index (0 when none) in *id.
int changeRules(CommandLine &line, const std::function<Change(QList<QualificationRule> &)> &change, qint64 *id = nullptr)
{
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        const auto [problems, changedId] = workspace->writer().submit([change](QSqlDatabase &db) {
            QList<QualificationRule> rules = QualificationRule::loadAll(db);
            const Change result = change(rules);
            if (!result.problems.isEmpty())
                return std::pair(result.problems, qint64(0));
            const QList<QualificationRule> saved = QualificationRuleEditing::save(db, rules);
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

void addRuleOptions(QCommandLineParser &parser)
{
    parser.addOption({u"label"_qs, Cli::tr("The rule's name, shown with every reply it qualifies."), Cli::tr("text")});
    parser.addOption({u"code"_qs, Cli::tr("The reply code: 550, 5?? (? any digit), 5* (* any run), empty for any; or an outcome "
                                          "without a reply: dns, connect, tls, auth, lost, local."),
                      Cli::tr("pattern")});
    parser.addOption({u"enhanced"_qs, Cli::tr("The enhanced status code: 5.1.1, 4.7.*, ?.2.2, empty for any."), Cli::tr("pattern")});
    parser.addOption({u"text"_qs, Cli::tr("A regular expression searched in the reply text, case-insensitive; empty for any."),
                      Cli::tr("regex")});
    parser.addOption({u"type"_qs, Cli::tr("soft, hard or ignored (add: the reason's usual type)."), Cli::tr("type")});
    parser.addOption({u"reason"_qs, Cli::tr("The failure reason's id: %1.").arg(ids(failureReasonCodes())), Cli::tr("reason")});
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
    if (parser.isSet(u"reason"_qs)) {
        const CodeInfo *reason = findCode(failureReasonCodes(), parser.value(u"reason"_qs));
        if (!reason)
            return Cli::tr("“%1” is not a failure reason: use one of %2.").arg(parser.value(u"reason"_qs), ids(failureReasonCodes()));
        options->reason = FailureReason(reason->value);
    }
    if (parser.isSet(u"type"_qs)) {
        const CodeInfo *type = findCode(failureTypeCodes(), parser.value(u"type"_qs));
        if (!type)
            return Cli::tr("The failure type is soft, hard or ignored.");
        options->type = FailureType(type->value);
    }
    return {};
}

QStringList problemTexts(const QualificationRule &rule)
{
    QStringList texts;
    for (const QualificationRuleEditing::Problem &problem : QualificationRuleEditing::validate(rule))
        texts.append(problem.text);
    return texts;
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
    const qint64 before = parser.isSet(u"before"_qs) ? parseId(parser.value(u"before"_qs)) : -1;
    if (before == 0)
        return line.usageError(Cli::tr("--before takes a rule id, as qualify rule list shows it."));
    if (const QStringList problems = problemTexts(rule); !problems.isEmpty())
        return line.usageError(problems.join(u' '));
    qint64 id = 0;
    const int exit = changeRules(line, [rule, before](QList<QualificationRule> &rules) {
        qsizetype index = rules.size();
        if (before > 0) {
            index = indexOfId(rules, before);
            if (index < 0)
                throw StoreError(noSuchRule(before));
        }
        rules.insert(index, rule);
        return Change{{}, index};
    }, &id);
    if (exit == Success)
        out() << Cli::tr("Added rule %1.").arg(id) << '\n';
    return exit;
}

int runEdit(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Changes a qualification rule: only the options given."), true);
    addRuleOptions(line.parser());
    line.parser().addPositionalArgument(u"id"_qs, Cli::tr("The rule's id, as qualify rule list shows it."));
    if (auto exit = line.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = line.parser();
    const qint64 id = parseId(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || id == 0)
        return line.usageError(Cli::tr("Give one rule id."));
    RuleOptions options;
    if (const QString problem = parseRuleOptions(parser, &options); !problem.isEmpty())
        return line.usageError(problem);
    return changeRules(line, [id, options](QList<QualificationRule> &rules) {
        const qsizetype index = indexOfId(rules, id);
        if (index < 0)
            throw StoreError(noSuchRule(id));
        options.applyTo(&rules[index]);
        return Change{problemTexts(rules.at(index)), index};
    });
}

int runRemove(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Removes a qualification rule; the replies it matched go to the next rule that matches them."), true);
    line.parser().addPositionalArgument(u"id"_qs, Cli::tr("The rule's id, as qualify rule list shows it."));
    if (auto exit = line.parse(arguments))
        return *exit;
    const qint64 id = parseId(line.parser().positionalArguments().value(0));
    if (line.parser().positionalArguments().size() != 1 || id == 0)
        return line.usageError(Cli::tr("Give one rule id."));
    return changeRules(line, [id](QList<QualificationRule> &rules) {
        const qsizetype index = indexOfId(rules, id);
        if (index < 0)
            throw StoreError(noSuchRule(id));
        rules.removeAt(index);
        return Change{};
    });
}

int runMove(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Moves a qualification rule before another one, or to the end: the first rule that matches wins."),
                     true);
    line.parser().addPositionalArgument(u"id"_qs, Cli::tr("The rule's id, as qualify rule list shows it."));
    line.parser().addOption({u"before"_qs, Cli::tr("Put the rule just before the rule with this id."), Cli::tr("id")});
    line.parser().addOption({u"last"_qs, Cli::tr("Put the rule at the end.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = line.parser();
    const qint64 id = parseId(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || id == 0)
        return line.usageError(Cli::tr("Give one rule id."));
    const qint64 before = parseId(parser.value(u"before"_qs));
    if (parser.isSet(u"last"_qs) == parser.isSet(u"before"_qs) || (parser.isSet(u"before"_qs) && before == 0))
        return line.usageError(Cli::tr("Say where: --before ID or --last."));
    return changeRules(line, [id, before](QList<QualificationRule> &rules) {
        qsizetype index = indexOfId(rules, id);
        if (index < 0)
            throw StoreError(noSuchRule(id));
        const QualificationRule rule = rules.takeAt(index);
        index = rules.size();
        if (before > 0) {
            index = indexOfId(rules, before);
            if (index < 0)
                throw StoreError(noSuchRule(before));
        }
        rules.insert(index, rule);
        return Change{};
    });
}

} // namespace

// `diffusion-cli qualify rule …`, reached from the qualify command.
int runQualifyRule(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"list"_qs)
        return runList(arguments.mid(1));
    if (action == u"add"_qs)
        return runAdd(arguments.mid(1));
    if (action == u"edit"_qs)
        return runEdit(arguments.mid(1));
    if (action == u"remove"_qs)
        return runRemove(arguments.mid(1));
    if (action == u"move"_qs)
        return runMove(arguments.mid(1));
    err() << Cli::tr("Usage: diffusion-cli qualify rule list|add|edit|remove|move [options]") << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
