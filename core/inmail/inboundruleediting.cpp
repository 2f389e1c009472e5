#include "inboundruleediting.h"

#include "common/orderedrules.h"
#include "domain/codes.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QRegularExpression>

namespace diffusion {

QList<InboundRuleEditing::Problem> InboundRuleEditing::validate(const InboundRule &rule)
{
    QList<Problem> problems;
    if (rule.label.trimmed().isEmpty())
        problems.append({Field::Label, tr("Name the rule: the name is shown with every bounce it qualifies.")});
    if (!InboundRule::kindIds().contains(rule.kind))
        problems.append({Field::Kind, tr("“%1” is not a kind of bounce: choose one of %2.")
                                          .arg(rule.kind, InboundRule::kindIds().join(u", "_qs))});
    if (const QRegularExpression pattern(rule.pattern, QRegularExpression::CaseInsensitiveOption); !pattern.isValid())
        problems.append({Field::Pattern, tr("The pattern is not a valid regular expression: %1 at character %2.")
                                             .arg(pattern.errorString())
                                             .arg(pattern.patternErrorOffset())});
    if (!findCode(failureTypeCodes(), int(rule.qualification.type)))
        problems.append({Field::Type, tr("Choose the failure type: soft, hard or ignored.")});
    if (!findCode(failureReasonCodes(), int(rule.qualification.reason)))
        problems.append({Field::Reason, tr("Choose a failure reason from the list.")});
    return problems;
}

QStringList InboundRuleEditing::validateList(const QList<InboundRule> &rules, const QList<InboundRule> &stored)
{
    QStringList problems;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const InboundRule &rule = rules.at(i);
        if (stored.contains(rule))
            continue;
        for (const Problem &problem : validate(rule))
            problems.append(tr("Rule %1 (“%2”): %3").arg(i + 1).arg(rule.label, problem.text));
    }
    return problems;
}

QList<InboundRule> InboundRuleEditing::save(QSqlDatabase &db, const QList<InboundRule> &rules,
                                            const std::optional<QList<InboundRule>> &expected)
{
    const QList<InboundRule> stored = InboundRule::loadAll(db);
    if (expected && *expected != stored)
        throw StoreError(tr("The inbound rules were changed elsewhere (another window or diffusion-cli) since they were "
                            "read. Revert to read them again, then make your changes again."));
    if (const QStringList problems = validateList(rules, stored); !problems.isEmpty())
        throw StoreError(problems.join(u' '));

    const QList<InboundRule> saved = withNewRuleIds(stored, rules);
    execute(db, u"DELETE FROM inbound_rule"_qs);
    SqlStatement insert(sqliteHandle(db),
                        "INSERT INTO inbound_rule (id, position, label, kind, pattern, failure_type, failure_reason) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const InboundRule &rule = saved.at(i);
        insert.bind(1, rule.id);
        insert.bind(2, rulePosition(i));
        insert.bind(3, rule.label);
        insert.bind(4, rule.kind);
        insert.bind(5, rule.pattern);
        insert.bind(6, qint64(rule.qualification.type));
        insert.bind(7, qint64(rule.qualification.reason));
        insert.run();
    }
    return saved;
}

} // namespace diffusion
