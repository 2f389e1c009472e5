#include "routetable.h"

#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <array>
#include <utility>

namespace diffusion {

namespace {

constexpr std::array<std::pair<TlsPolicy, const char16_t *>, 4> policyNames{{
    {TlsPolicy::Disabled, u"disabled"},
    {TlsPolicy::Opportunistic, u"opportunistic"},
    {TlsPolicy::Required, u"required"},
    {TlsPolicy::Verify, u"verify"},
}};

void check(const QSqlQuery &query, bool ok)
{
    if (!ok)
        throw StoreError(RouteTable::tr("The workspace refused the route: %1").arg(query.lastError().text()));
}

} // namespace

QString routeDomain(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    return trimmed == u"*"_qs ? trimmed : QString::fromLatin1(QUrl::toAce(trimmed.toLower()));
}

QString tlsPolicyName(TlsPolicy policy)
{
    for (const auto &[value, name] : policyNames) {
        if (value == policy)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<TlsPolicy> tlsPolicyFromName(QStringView name)
{
    for (const auto &[value, text] : policyNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

RouteTable RouteTable::load(QSqlDatabase &db)
{
    RouteTable table;
    QSqlQuery query(db);
    check(query, query.exec(u"SELECT domain, host, port, tls_policy, auth_user FROM route ORDER BY domain, position"_qs));
    while (query.next()) {
        Route &route = table.m_routes[query.value(0).toString()];
        route.domain = query.value(0).toString();
        route.hosts.append({query.value(1).toString(), quint16(query.value(2).toUInt())});
        route.tls = tlsPolicyFromName(query.value(3).toString()).value_or(TlsPolicy::Opportunistic);
        route.authUser = query.value(4).toString();
    }
    return table;
}

std::optional<Route> RouteTable::routeFor(const QString &asciiDomain) const
{
    if (auto it = m_routes.constFind(asciiDomain.toLower()); it != m_routes.constEnd())
        return *it;
    if (auto it = m_routes.constFind(u"*"_qs); it != m_routes.constEnd())
        return *it;
    return std::nullopt;
}

void RouteTable::set(QSqlDatabase &db, const Route &route)
{
    remove(db, route.domain);
    QSqlQuery query(db);
    check(query, query.prepare(u"INSERT INTO route (domain, position, host, port, tls_policy, auth_user) VALUES (?, ?, ?, ?, ?, ?)"_qs));
    for (qsizetype i = 0; i < route.hosts.size(); ++i) {
        query.addBindValue(route.domain.toLower());
        query.addBindValue(i);
        query.addBindValue(route.hosts[i].host);
        query.addBindValue(route.hosts[i].port);
        query.addBindValue(tlsPolicyName(route.tls));
        query.addBindValue(route.authUser.isNull() ? u""_qs : route.authUser);
        check(query, query.exec());
    }
}

bool RouteTable::remove(QSqlDatabase &db, const QString &domain)
{
    QSqlQuery query(db);
    check(query, query.prepare(u"DELETE FROM route WHERE domain = ?"_qs));
    query.addBindValue(domain.toLower());
    check(query, query.exec());
    return query.numRowsAffected() > 0;
}

} // namespace diffusion
