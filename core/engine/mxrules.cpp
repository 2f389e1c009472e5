#include "mxrules.h"

#include "common/glob.h"

#include "routing/routetable.h"
#include "store/connection.h"

#include <QSqlQuery>

namespace diffusion {

bool MxRule::matches(const QString &host) const
{
    return globMatches(mask, host);
}

int MxRule::messagesPerWindow() const
{
    return messagesPerHour <= 0 ? 0 : std::max(1, messagesPerHour / 12);
}

MxRules MxRules::load(QSqlDatabase &db)
{
    QList<MxRule> rules;
    QSqlQuery query = runQuery(db, u"SELECT mask, max_connections, max_messages_per_connection, messages_per_hour, "
                                   "connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy FROM mx_rule ORDER BY position"_qs);
    while (query.next()) {
        MxRule rule;
        rule.mask = query.value(0).toString();
        rule.maxConnections = std::max(1, query.value(1).toInt());
        rule.maxMessagesPerConnection = std::max(1, query.value(2).toInt());
        rule.messagesPerHour = query.value(3).toInt();
        rule.connectTimeoutS = query.value(4).toInt();
        rule.commandTimeoutS = query.value(5).toInt();
        rule.dataTimeoutS = query.value(6).toInt();
        rule.tls = tlsPolicyFromName(query.value(7).toString()); // 'default' gives nothing
        rules.append(rule);
    }
    return MxRules(rules);
}

MxRule MxRules::ruleFor(const QString &mxHost) const
{
    for (const MxRule &rule : m_rules) {
        if (rule.matches(mxHost))
            return rule;
    }
    return MxRule();
}

} // namespace diffusion
