#include "deliverykpis.h"

#include "domain/codes.h"
#include "store/connection.h"
#include "store/sqlstatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace diffusion {

namespace {

constexpr const char *countColumns = "pending, taken_into_account, sent, failed, ignored, canceled, hard_bounces, soft_bounces";

DeliveryKpis::Counts countsAt(const SqlStatement &row, int first)
{
    DeliveryKpis::Counts counts;
    qint64 *fields[] = {&counts.pending, &counts.takenIntoAccount, &counts.sent, &counts.failed,
                        &counts.ignored, &counts.canceled, &counts.hardBounces, &counts.softBounces};
    for (int i = 0; i < 8; ++i)
        *fields[i] = row.columnInt64(first + i);
    return counts;
}

QJsonObject countsJson(const DeliveryKpis::Counts &counts)
{
    return {{u"toDeliver"_qs, counts.toDeliver()},
            {u"pending"_qs, counts.pending},
            {u"takenIntoAccount"_qs, counts.takenIntoAccount},
            {u"sent"_qs, counts.sent},
            {u"failed"_qs, counts.failed},
            {u"ignored"_qs, counts.ignored},
            {u"canceled"_qs, counts.canceled},
            {u"hardBounces"_qs, counts.hardBounces},
            {u"softBounces"_qs, counts.softBounces},
            {u"processed"_qs, counts.processed()},
            {u"successRate"_qs, std::round(counts.successRate() * 100) / 100}};
}

} // namespace

std::optional<DeliveryKpis> DeliveryKpis::load(QSqlDatabase &db, qint64 deliveryId, int maxDomains)
{
    sqlite3 *handle = sqliteHandle(db);
    DeliveryKpis kpis;
    kpis.deliveryId = deliveryId;
    SqlStatement delivery(handle, "SELECT label, state FROM delivery WHERE id = ?");
    delivery.bind(1, deliveryId);
    if (!delivery.step())
        return std::nullopt;
    kpis.label = delivery.columnText(0);
    kpis.state = int(delivery.columnInt64(1));

    SqlStatement totals(handle, std::string("SELECT ") + countColumns + " FROM delivery_kpi WHERE delivery_id = ?");
    totals.bind(1, deliveryId);
    if (totals.step())
        kpis.totals = countsAt(totals, 0);
    SqlStatement domains(handle, std::string("SELECT domain, ") + countColumns + " FROM delivery_kpi_domain WHERE delivery_id = ? "
                                 "ORDER BY pending + taken_into_account + sent + failed + ignored + canceled DESC, domain LIMIT ?");
    domains.bind(1, deliveryId);
    domains.bind(2, qint64(maxDomains));
    while (domains.step())
        kpis.domains.append({domains.columnText(0), countsAt(domains, 1)});

    SqlStatement reasons(handle, "SELECT reason, messages FROM delivery_kpi_reason WHERE delivery_id = ? AND messages > 0 "
                                 "ORDER BY messages DESC, reason");
    reasons.bind(1, deliveryId);
    while (reasons.step())
        kpis.reasons.append({int(reasons.columnInt64(0)), reasons.columnInt64(1)});

    SqlStatement minutes(handle, "SELECT minute, sent, failed, deferred FROM delivery_throughput WHERE delivery_id = ? ORDER BY minute");
    minutes.bind(1, deliveryId);
    while (minutes.step())
        kpis.throughput.append({minutes.columnInt64(0) * 60, minutes.columnInt64(1), minutes.columnInt64(2), minutes.columnInt64(3)});
    return kpis;
}

QJsonObject DeliveryKpis::toJson() const
{
    QJsonObject json = countsJson(totals);
    json.insert(u"delivery"_qs, deliveryId);
    json.insert(u"label"_qs, label);
    json.insert(u"state"_qs, stableId(deliveryStateCodes(), state));
    QJsonObject reasonCounts;
    for (const auto &[reason, messages] : reasons)
        reasonCounts.insert(stableId(failureReasonCodes(), reason), messages);
    json.insert(u"reasons"_qs, reasonCounts);
    QJsonObject domainCounts;
    for (const Domain &domain : domains)
        domainCounts.insert(domain.name, countsJson(domain.counts));
    json.insert(u"domains"_qs, domainCounts);
    QJsonArray minutes;
    for (const Minute &minute : throughput) {
        minutes.append(QJsonObject{{u"minute"_qs, QDateTime::fromSecsSinceEpoch(minute.at, Qt::UTC).toString(Qt::ISODate)},
                                   {u"sent"_qs, minute.sent}, {u"failed"_qs, minute.failed}, {u"deferred"_qs, minute.deferred}});
    }
    json.insert(u"throughput"_qs, minutes);
    return json;
}

} // namespace diffusion
