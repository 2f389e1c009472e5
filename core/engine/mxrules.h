#pragma once

#include "smtp/smtptypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace diffusion {

// Sending limits for the destinations whose MX host matches a mask (../shared/spec §9).
struct MxRule {
    QString mask = QStringLiteral("*");   // '*' and '?' wildcards, case-insensitive
    int maxConnections = 10;
    int maxMessagesPerConnection = 100;
    int messagesPerHour = 0;               // 0: no hourly limit
    int connectTimeoutS = 30;
    int commandTimeoutS = 300;
    int dataTimeoutS = 600;
    std::optional<TlsPolicy> tls;          // nothing: the route's policy, else opportunistic

    bool matches(const QString &host) const;
    // The hourly budget spent in twelve five-minute windows: 10,000/h gives 833 per window
    // (at least 1); 0 when there is no hourly limit.
    int messagesPerWindow() const;

    bool operator==(const MxRule &) const = default;
};

// The rules of a workspace in order: the first whose mask matches the MX host wins; a generic
// rule matches what no other rule does.
class MxRules final
{
public:
    static MxRules load(QSqlDatabase &db);
    explicit MxRules(QList<MxRule> rules = {}) : m_rules(std::move(rules)) {}

    MxRule ruleFor(const QString &mxHost) const;
    const QList<MxRule> &rules() const { return m_rules; }

private:
    QList<MxRule> m_rules;
};

} // namespace diffusion
