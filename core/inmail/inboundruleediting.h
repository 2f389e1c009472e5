#pragma once

#include "inboundrule.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace diffusion {

// Changes to the workspace's inbound rules (docs/inmail.md), for `diffusion-cli inmail rule`
// and the console: what makes a rule wrong, in sentences, and writing the rules in their order.
class InboundRuleEditing final
{
    Q_DECLARE_TR_FUNCTIONS(InboundRuleEditing)

public:
    enum class Field { Label, Kind, Pattern, Type, Reason };
    struct Problem {
        Field field;
        QString text;
    };

    // What is wrong with the rule: no label; a kind that is not any, dsn, arf, autoreply or
    // unknown; a pattern that does not compile; an unknown type or reason.
    static QList<Problem> validate(const InboundRule &rule);

    // What keeps the rules from being saved: each rule's problems, but those of a rule kept
    // exactly as `stored` has it.
    static QStringList validateList(const QList<InboundRule> &rules, const QList<InboundRule> &stored = {});

    // Replaces the table by `rules` in their order, inside a StoreWriter job, and returns them
    // with their ids (a stored rule keeps its id; a new one gets a fresh id). Throws a
    // StoreError with validateList()'s sentences, or, when `expected` is given and the table no
    // longer holds it, one saying that someone else changed the rules meanwhile.
    static QList<InboundRule> save(QSqlDatabase &db, const QList<InboundRule> &rules,
                                   const std::optional<QList<InboundRule>> &expected = std::nullopt);
};

} // namespace diffusion
