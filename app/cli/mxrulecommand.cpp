#include "command.h"
#include "commandline.h"
#include "engine/mxruleediting.h"
#include "routing/routetable.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace diffusion::cli {

namespace {

QString tlsName(const MxRule &rule)
{
    return rule.tls ? tlsPolicyName(*rule.tls) : u"default"_qs;
}

qsizetype indexOfMask(const QList<MxRule> &rules, const QString &mask)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).mask.compare(mask, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString noSuchRule(const QString &mask)
{
    return Cli::tr("There is no MX rule with the mask %1; mx-rule list shows them.").arg(mask);
}

// The values of `set`, each applied only when its option is given.
struct RuleOption {
    const char *name;
    int MxRule::*field;
};

const RuleOption numberOptions[] = {
    {"connections", &MxRule::maxConnections},
    {"per-connection", &MxRule::maxMessagesPerConnection},
    {"per-hour", &MxRule::messagesPerHour},
    {"connect-timeout", &MxRule::connectTimeoutS},
    {"command-timeout", &MxRule::commandTimeoutS},
    {"data-timeout", &MxRule::dataTimeoutS},
};

int runList(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows the MX rules in the order they are tried: the first whose mask matches an MX host applies."),
                     true);
    line.parser().addOption({u"json"_qs, Cli::tr("Print JSON.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    QList<MxRule> rules;
    try {
        ReadConnection reader(workspace->path());
        rules = MxRuleEditing::load(reader.db());
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    if (line.parser().isSet(u"json"_qs)) {
        QJsonArray array;
        for (const MxRule &rule : rules) {
            array.append(QJsonObject{
                {u"mask"_qs, rule.mask},
                {u"maxConnections"_qs, rule.maxConnections},
                {u"maxMessagesPerConnection"_qs, rule.maxMessagesPerConnection},
                {u"messagesPerHour"_qs, rule.messagesPerHour},
                {u"connectTimeout"_qs, rule.connectTimeoutS},
                {u"commandTimeout"_qs, rule.commandTimeoutS},
                {u"dataTimeout"_qs, rule.dataTimeoutS},
                {u"tls"_qs, tlsName(rule)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MxRule &rule = rules.at(i);
        const QString hourly = rule.messagesPerHour == 0 ? Cli::tr("no hourly limit")
                                                         : Cli::tr("%1 per hour").arg(locale.toString(rule.messagesPerHour));
        out() << locale.toString(i + 1) << ". " << rule.mask << " — "
              << Cli::tr("%n connection(s)", nullptr, rule.maxConnections) << ", "
              << Cli::tr("%n message(s) per connection", nullptr, rule.maxMessagesPerConnection) << ", " << hourly << ", "
              << Cli::tr("timeouts %1/%2/%3 s").arg(locale.toString(rule.connectTimeoutS), locale.toString(rule.commandTimeoutS),
                                                  locale.toString(rule.dataTimeoutS))
              << ", " << Cli::tr("TLS %1").arg(tlsName(rule)) << '\n';
    }
    return Success;
}

int runSet(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Adds an MX rule, or changes the one with this mask (only the values given). A new rule goes "
                             "before the generic rule *, or before the rule named by --before."),
                     true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"connections"_qs, Cli::tr("Most connections open at once to one MX host (1 to 1,000)."), Cli::tr("n")});
    parser.addOption({u"per-connection"_qs, Cli::tr("Messages sent on one connection before it is closed."), Cli::tr("n")});
    parser.addOption({u"per-hour"_qs, Cli::tr("Most messages per hour to the hosts of this rule; 0 for no limit."), Cli::tr("n")});
    parser.addOption({u"connect-timeout"_qs, Cli::tr("Seconds to wait for the connection."), Cli::tr("seconds")});
    parser.addOption({u"command-timeout"_qs, Cli::tr("Seconds to wait for the answer to a command."), Cli::tr("seconds")});
    parser.addOption({u"data-timeout"_qs, Cli::tr("Seconds to wait for the answer to the message."), Cli::tr("seconds")});
    parser.addOption({u"tls"_qs, Cli::tr("default (the route's policy), disabled, opportunistic, required or verify."),
                      Cli::tr("policy")});
    parser.addOption({u"before"_qs, Cli::tr("Put the rule just before the rule with this mask."), Cli::tr("mask")});
    parser.addPositionalArgument(u"mask"_qs, Cli::tr("The MX host mask: * for any text, ? for one character (*.google.com)."));
    if (auto exit = line.parse(arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return line.usageError(Cli::tr("Give one mask."));
    const QString mask = parser.positionalArguments().first().trimmed();

    QList<std::pair<int MxRule::*, int>> values;
    for (const RuleOption &option : numberOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        bool isNumber = false;
        const int value = parser.value(name).toInt(&isNumber);
        if (!isNumber)
            return line.usageError(Cli::tr("--%1 takes a whole number, not “%2”.").arg(name, parser.value(name)));
        values.append({option.field, value});
    }
    std::optional<std::optional<TlsPolicy>> tls;
    if (parser.isSet(u"tls"_qs)) {
        const QString name = parser.value(u"tls"_qs);
        if (name == u"default"_qs)
            tls = std::optional<TlsPolicy>();
        else if (const auto policy = tlsPolicyFromName(name))
            tls = policy;
        else
            return line.usageError(Cli::tr("The TLS policy is default, disabled, opportunistic, required or verify."));
    }
    const QString before = parser.value(u"before"_qs).trimmed();
    if (MxRuleEditing::isGeneric(mask) && !before.isEmpty())
        return line.usageError(Cli::tr("The generic rule * stays last: it takes no --before."));

    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        // Read, change and write in one job, so that no other change comes in between.
        const QStringList problems = workspace->writer().submit([=](QSqlDatabase &db) {
            QList<MxRule> rules = MxRuleEditing::load(db);
            qsizetype index = indexOfMask(rules, mask);
            MxRule rule;
            rule.mask = mask;
            if (index >= 0)
                rule = rules.takeAt(index);
            for (const auto &[field, value] : values)
                rule.*field = value;
            if (tls)
                rule.tls = *tls;
            QStringList sentences;
            for (const MxRuleEditing::Problem &problem : MxRuleEditing::validate(rule))
                sentences.append(problem.text);
            if (!sentences.isEmpty())
                return sentences;
            if (!before.isEmpty()) {
                index = indexOfMask(rules, before);
                if (index < 0)
                    throw StoreError(noSuchRule(before));
            } else if (index < 0) {
                const bool genericLast = !rules.isEmpty() && MxRuleEditing::isGeneric(rules.constLast().mask);
                index = genericLast && !MxRuleEditing::isGeneric(rule.mask) ? rules.size() - 1 : rules.size();
            }
            rules.insert(index, rule);
            MxRuleEditing::save(db, rules);
            return sentences;
        }).result();
        if (!problems.isEmpty())
            return line.usageError(problems.join(u' '));
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

int runRemove(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Removes the MX rule with this mask; its MX hosts follow the next rule that matches them."), true);
    line.parser().addPositionalArgument(u"mask"_qs, Cli::tr("The rule's mask, as mx-rule list shows it."));
    if (auto exit = line.parse(arguments))
        return *exit;
    if (line.parser().positionalArguments().size() != 1)
        return line.usageError(Cli::tr("Give one mask."));
    const QString mask = line.parser().positionalArguments().first().trimmed();
    if (MxRuleEditing::isGeneric(mask))
        return line.usageError(Cli::tr("The generic rule * applies to the MX hosts no other rule matches: change its values "
                                       "with mx-rule set '*', but keep it."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        workspace->writer().submit([mask](QSqlDatabase &db) {
            QList<MxRule> rules = MxRuleEditing::load(db);
            const qsizetype index = indexOfMask(rules, mask);
            if (index < 0)
                throw StoreError(noSuchRule(mask));
            rules.removeAt(index);
            MxRuleEditing::save(db, rules);
        }).waitForFinished();
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace

int runMxRule(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"list"_qs)
        return runList(arguments.mid(1));
    if (action == u"set"_qs)
        return runSet(arguments.mid(1));
    if (action == u"remove"_qs)
        return runRemove(arguments.mid(1));
    err() << Cli::tr("Usage: diffusion-cli mx-rule list|set|remove [options]") << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
