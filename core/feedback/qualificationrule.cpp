#include "qualificationrule.h"

#include "store/connection.h"

namespace diffusion {

QList<QualificationRule> QualificationRule::loadAll(QSqlDatabase &db)
{
    QList<QualificationRule> rules;
    QSqlQuery query = runQuery(db, u"SELECT id, label, smtp_code, enhanced_code, text_regex, failure_type, failure_reason "
                                   "FROM qualification_rule ORDER BY position, id"_qs);
    while (query.next()) {
        rules.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString().trimmed(),
                      query.value(3).toString().trimmed(), query.value(4).toString(),
                      {FailureType(query.value(5).toInt()), FailureReason(query.value(6).toInt())}});
    }
    return rules;
}

} // namespace diffusion
