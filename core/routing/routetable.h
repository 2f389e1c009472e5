#pragma once

#include "hostport.h"
#include "smtp/smtptypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// Where one domain's mail goes instead of its MX hosts, tried in order (failover).
struct Route {
    QString domain; // ASCII domain, or "*" for the relay
    QList<HostPort> hosts;
    TlsPolicy tls = TlsPolicy::Opportunistic;
    QString authUser; // AUTH PLAIN/LOGIN as this user (over TLS only); empty: no AUTH
};

QString tlsPolicyName(TlsPolicy policy);
// A domain as typed, as a route names it: "*" stays; an internationalized domain in its ASCII
// form, as recipients are stored; empty when it is not a domain name.
QString routeDomain(const QString &typed);
std::optional<TlsPolicy> tlsPolicyFromName(QStringView name);

// The route table of a workspace (Postfix transport maps): a domain's own route, else the relay
// ("*"), else none (direct delivery to the domain's MX hosts).
class RouteTable final
{
    Q_DECLARE_TR_FUNCTIONS(RouteTable)

public:
    static RouteTable load(QSqlDatabase &db);

    std::optional<Route> routeFor(const QString &asciiDomain) const;
    QList<Route> routes() const { return m_routes.values(); }

    // Writing, inside a StoreWriter job. set() replaces the domain's hosts.
    static void set(QSqlDatabase &db, const Route &route);
    // Returns false when the domain had no route.
    static bool remove(QSqlDatabase &db, const QString &domain);

private:
    QHash<QString, Route> m_routes;
};

} // namespace diffusion
