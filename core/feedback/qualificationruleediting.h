#pragma once

#include "qualificationrule.h"
#include "unqualifiedreplies.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace diffusion {

// Changes to the workspace's qualification rules (docs/qualification.md), for the console's
// editor and `diffusion-cli qualify rule`: what makes a rule wrong, in sentences, and writing
// the rules in their order.
class QualificationRuleEditing final
{
    Q_DECLARE_TR_FUNCTIONS(QualificationRuleEditing)

public:
    enum class Field { Label, SmtpCode, EnhancedCode, TextRegex, Type, Reason };
    struct Problem {
        Field field;
        QString text;
    };

    // What is wrong with the rule: no label; a reply code that is not three digits or ? (550,
    // 5??), a run with * (5*), an outcome word (dns…) or empty; an enhanced code that is not
    // class.subject.detail (5.1.1, 4.7.*) or empty, or one given with an outcome word; a text
    // pattern that does not compile; an unknown type or reason; a type the engine would not
    // keep: Soft for a message refused for good (5xx, "local"), Hard for one that is retried
    // (4xx, connection outcomes).
    static QList<Problem> validate(const QualificationRule &rule);

    // A first rule for a reply no rule matched, for the operator to finish: its code and enhanced
    // code, the words of its normalized text (what changes between messages left out) as the
    // text pattern, Hard for a 5xx and Soft for a 4xx, reason Not defined.
    static QualificationRule draftFor(const UnqualifiedReply &reply);

    // What keeps the rules from being saved: each rule's problems, but those of a rule kept
    // exactly as `stored` has it (a default rule, or one written with sqlite3, does not block
    // the other changes: the qualifier already keeps a type from contradicting the outcome).
    static QStringList validateList(const QList<QualificationRule> &rules, const QList<QualificationRule> &stored = {});

    // Replaces the table by `rules` in their order, inside a StoreWriter job, and returns them
    // with their ids (a stored rule keeps its id; a new one gets a fresh id). Throws a
    // StoreError with validateList()'s sentences, or, when `expected` is given and the table no
    // longer holds it, one saying that someone else changed the rules meanwhile.
    static QList<QualificationRule> save(QSqlDatabase &db, const QList<QualificationRule> &rules,
                                         const std::optional<QList<QualificationRule>> &expected = std::nullopt);
};

} // namespace diffusion
