#include "inboundrule.h"

#include "bouncereport.h"
#include "store/connection.h"

namespace diffusion {

QStringList InboundRule::kindIds()
{
    QStringList ids{kindAny()};
    for (const BounceKind kind : {BounceKind::Dsn, BounceKind::Arf, BounceKind::AutoReply, BounceKind::Unknown})
        ids.append(bounceKindId(kind));
    return ids;
}

QList<InboundRule> InboundRule::loadAll(QSqlDatabase &db)
{
    QList<InboundRule> rules;
    QSqlQuery query = runQuery(db, u"SELECT id, label, kind, pattern, failure_type, failure_reason "
                                   "FROM inbound_rule ORDER BY position, id"_qs);
    while (query.next()) {
        rules.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), {FailureType(query.value(4).toInt()), FailureReason(query.value(5).toInt())}});
    }
    return rules;
}

} // namespace diffusion
