#include "bouncejson.h"

#include "domain/codes.h"

#include <QJsonArray>

namespace diffusion {

QJsonObject bounceJson(const BounceReport &report, const QList<QualifiedBounceRecipient> &recipients)
{
    QJsonArray array;
    for (const QualifiedBounceRecipient &q : recipients) {
        const BounceRecipient &r = q.recipient;
        const QJsonValue rule = q.ruleId == 0
            ? QJsonValue(QJsonValue::Null)
            : QJsonObject{{u"id"_qs, q.ruleId},
                          {u"label"_qs, q.ruleLabel},
                          {u"table"_qs, q.byInboundRule ? u"inbound_rule"_qs : u"qualification_rule"_qs}};
        array.append(QJsonObject{
            {u"recipient"_qs, r.recipient},
            {u"action"_qs, r.action},
            {u"status"_qs, r.status},
            {u"diagnostic"_qs, r.diagnostic},
            {u"remoteMta"_qs, r.remoteMta},
            {u"type"_qs, stableId(failureTypeCodes(), q.qualification.type)},
            {u"reason"_qs, stableId(failureReasonCodes(), q.qualification.reason)},
            {u"rule"_qs, rule},
            {u"unqualified"_qs, q.unqualified},
        });
    }
    QJsonObject json{
        {u"kind"_qs, bounceKindId(report.kind)},
        {u"recipients"_qs, array},
        {u"messageId"_qs, report.messageId},
        {u"from"_qs, report.from},
        {u"subject"_qs, report.subject},
        {u"envelopeRecipients"_qs, QJsonArray::fromStringList(report.envelopeRecipients)},
        {u"originalMessageIds"_qs, QJsonArray::fromStringList(report.originalMessageIds)},
        {u"originalTo"_qs, report.originalTo},
    };
    if (report.kind == BounceKind::Arf)
        json.insert(u"feedbackType"_qs, report.feedbackType);
    return json;
}

} // namespace diffusion
