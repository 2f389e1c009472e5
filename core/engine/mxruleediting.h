#pragma once

#include "mxrules.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace diffusion {

// Changes to the workspace's MX rules (table mx_rule, docs/schema.md), for the console's editor
// and `diffusion-cli mx-rule`: what makes a rule or a list of rules wrong, in sentences, and
// writing the list in its order.
class MxRuleEditing final
{
    Q_DECLARE_TR_FUNCTIONS(MxRuleEditing)

public:
    enum class Field { Mask, MaxConnections, MessagesPerConnection, MessagesPerHour, ConnectTimeout, CommandTimeout, DataTimeout };
    struct Problem {
        Field field;
        QString text;
    };

    static constexpr int maxConnectionsLimit = 1000;

    // True for the mask of the generic rule, the one for every MX host no other rule matches.
    static bool isGeneric(QStringView mask) { return mask == u"*"; }

    // What is wrong with the rule's own values: an empty or malformed mask, connections outside
    // 1–1,000, no message per connection, a negative hourly limit, a timeout under 1 s.
    static QList<Problem> validate(const MxRule &rule);
    // The same, and a mask that one of the other rules has already (case does not count).
    static QList<Problem> validate(const MxRule &rule, const QList<MxRule> &otherRules);

    // What keeps the list from being saved: each rule's problems (but those of a rule kept exactly
    // as `stored` has it, so that an old row does not block the other changes: the engine clamps
    // its values), two rules with one mask, and a generic rule that is missing or not last.
    static QStringList validateList(const QList<MxRule> &rules, const QList<MxRule> &stored = {});

    // The rules in the order they are tried.
    static QList<MxRule> load(QSqlDatabase &db);

    // Replaces the table by `rules` in their order, inside a StoreWriter job. Throws a StoreError
    // with validateList()'s sentences, or, when `expected` is given and the table no longer
    // holds it, one saying that someone else changed the rules meanwhile.
    static void save(QSqlDatabase &db, const QList<MxRule> &rules,
                     const std::optional<QList<MxRule>> &expected = std::nullopt);
};

} // namespace diffusion
