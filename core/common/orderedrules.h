#pragma once

#include <QList>
#include <algorithm>
#include <utility>

namespace diffusion {

// Tables of rules tried in order (qualification_rule, inbound_rule) are saved whole, in the
// order given: each rule keeps its id, positions go in steps of ten, which leaves room for a
// rule put in by hand with sqlite3.

constexpr qint64 rulePosition(qsizetype index)
{
    return qint64(index + 1) * 10;
}

// Where the rule with this id is in the list, or -1.
template <typename Rule> qsizetype indexOfRule(const QList<Rule> &rules, qint64 id)
{
    const auto found = std::find_if(rules.cbegin(), rules.cend(), [id](const Rule &rule) { return rule.id == id; });
    return found == rules.cend() ? -1 : qsizetype(found - rules.cbegin());
}

// The rules with an id for each new one (id 0), above every id in use in `stored` and in
// `rules`, so that a new rule never takes the id of a rule that stays.
template <typename Rule> QList<Rule> withNewRuleIds(const QList<Rule> &stored, QList<Rule> rules)
{
    qint64 nextId = 1;
    for (const QList<Rule> *list : {&stored, &std::as_const(rules)}) {
        for (const Rule &rule : *list)
            nextId = std::max(nextId, rule.id + 1);
    }
    for (Rule &rule : rules) {
        if (rule.id == 0)
            rule.id = nextId++;
    }
    return rules;
}

} // namespace diffusion
