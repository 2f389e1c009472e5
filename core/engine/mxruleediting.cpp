#include "mxruleediting.h"

#include "routing/routetable.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QLocale>
#include <QRegularExpression>

namespace diffusion {

QList<MxRuleEditing::Problem> MxRuleEditing::validate(const MxRule &rule)
{
    QList<Problem> problems;
    const QLocale locale;
    // MX host names are ASCII: an internationalized one is published in its xn-- form.
    static const QRegularExpression maskCharacters(u"^[a-z0-9*?._-]+$"_qs, QRegularExpression::CaseInsensitiveOption);
    if (rule.mask.isEmpty())
        problems.append({Field::Mask, tr("Give the MX host mask, such as *.google.com; * alone is the generic rule.")});
    else if (!maskCharacters.match(rule.mask).hasMatch())
        problems.append({Field::Mask, tr("“%1” is not an MX host mask: use letters, digits, dots and hyphens, with * for any "
                                         "text and ? for one character, such as *.google.com.").arg(rule.mask)});
    if (rule.maxConnections < 1 || rule.maxConnections > maxConnectionsLimit)
        problems.append({Field::MaxConnections, tr("Allow between %1 and %2 connections at once to one MX host.")
                                                    .arg(locale.toString(1), locale.toString(maxConnectionsLimit))});
    if (rule.maxMessagesPerConnection < 1)
        problems.append({Field::MessagesPerConnection, tr("Send at least one message per connection.")});
    if (rule.messagesPerHour < 0)
        problems.append({Field::MessagesPerHour, tr("The hourly limit cannot be negative; 0 means no limit.")});
    if (rule.connectTimeoutS < 1)
        problems.append({Field::ConnectTimeout, tr("Wait at least one second for the connection.")});
    if (rule.commandTimeoutS < 1)
        problems.append({Field::CommandTimeout, tr("Wait at least one second for the answer to a command.")});
    if (rule.dataTimeoutS < 1)
        problems.append({Field::DataTimeout, tr("Wait at least one second for the answer to the message.")});
    return problems;
}

QList<MxRuleEditing::Problem> MxRuleEditing::validate(const MxRule &rule, const QList<MxRule> &otherRules)
{
    QList<Problem> problems = validate(rule);
    for (const MxRule &other : otherRules) {
        if (other.mask.compare(rule.mask, Qt::CaseInsensitive) == 0) {
            problems.append({Field::Mask, tr("Another rule has the mask “%1” already: change that one instead.").arg(rule.mask)});
            break;
        }
    }
    return problems;
}

QStringList MxRuleEditing::validateList(const QList<MxRule> &rules, const QList<MxRule> &stored)
{
    QStringList problems;
    QStringList masks;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MxRule &rule = rules.at(i);
        if (!stored.contains(rule)) {
            for (const Problem &problem : validate(rule))
                problems.append(tr("Rule %1 (%2): %3").arg(i + 1).arg(rule.mask, problem.text));
        }
        const QString mask = rule.mask.toLower();
        if (masks.contains(mask))
            problems.append(tr("Two rules have the mask “%1”: only the first would ever apply. Change or delete one.").arg(rule.mask));
        masks.append(mask);
    }
    const qsizetype generic = masks.indexOf(u"*"_qs);
    if (generic < 0)
        problems.append(tr("Keep a generic rule, with the mask *, at the end: it applies to the MX hosts no other rule matches."));
    else if (generic != rules.size() - 1)
        problems.append(tr("Move the generic rule * to the end: the rules after it would never apply."));
    return problems;
}

QList<MxRule> MxRuleEditing::load(QSqlDatabase &db)
{
    return MxRules::load(db).rules();
}

void MxRuleEditing::save(QSqlDatabase &db, const QList<MxRule> &rules, const std::optional<QList<MxRule>> &expected)
{
    const QList<MxRule> stored = load(db);
    if (expected && *expected != stored)
        throw StoreError(tr("The MX rules were changed elsewhere (another window or diffusion-cli) since they were read. "
                            "Revert to read them again, then make your changes again."));
    if (const QStringList problems = validateList(rules, stored); !problems.isEmpty())
        throw StoreError(problems.join(u' '));
    execute(db, u"DELETE FROM mx_rule"_qs);
    SqlStatement insert(sqliteHandle(db),
                        "INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour, "
                        "connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Positions in steps of ten, as in a new workspace, leave room for a rule put in by hand.
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MxRule &rule = rules.at(i);
        insert.bind(1, qint64(i + 1) * 10);
        insert.bind(2, rule.mask);
        insert.bind(3, qint64(rule.maxConnections));
        insert.bind(4, qint64(rule.maxMessagesPerConnection));
        insert.bind(5, qint64(rule.messagesPerHour));
        insert.bind(6, qint64(rule.connectTimeoutS));
        insert.bind(7, qint64(rule.commandTimeoutS));
        insert.bind(8, qint64(rule.dataTimeoutS));
        insert.bind(9, rule.tls ? tlsPolicyName(*rule.tls) : u"default"_qs);
        insert.run();
    }
}

} // namespace diffusion
