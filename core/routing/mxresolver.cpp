#include "mxresolver.h"

#include <QDnsLookup>
#include <algorithm>
#include <memory>

namespace diffusion {

namespace {

Destination failure(Destination::Status status, const QString &error)
{
    Destination destination;
    destination.status = status;
    destination.error = error;
    return destination;
}

Destination found(QList<HostPort> hosts)
{
    Destination destination;
    destination.key = destinationKey(hosts);
    destination.hosts = std::move(hosts);
    return destination;
}

// One query; `finished` gets the lookup once it is done (it is deleted afterwards).
void lookUp(QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver, QObject *context,
            std::function<void(const QDnsLookup &)> finished)
{
    auto *lookup = new QDnsLookup(type, name, context);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, finished = std::move(finished)] {
        lookup->deleteLater();
        finished(*lookup);
    });
    lookup->lookup();
}

QString firstAddress(const QDnsLookup &lookup)
{
    const QList<QDnsHostAddressRecord> records = lookup.hostAddressRecords();
    return records.isEmpty() ? QString() : records.constFirst().value().toString();
}

// No MX: the domain itself is the mail host if it has an address.
void resolveAddress(const QString &domain, const QHostAddress &nameserver, quint16 port, QObject *context,
                    std::function<void(Destination)> done)
{
    lookUp(QDnsLookup::A, domain, nameserver, context, [domain, nameserver, port, done = std::move(done)](const QDnsLookup &lookup) {
        if (lookup.error() == QDnsLookup::NotFoundError || (lookup.error() == QDnsLookup::NoError && lookup.hostAddressRecords().isEmpty()))
            return done(failure(Destination::Status::InvalidDomain, DnsMxResolver::tr("The domain %1 has no mail server (no MX and no address).").arg(domain)));
        if (lookup.error() != QDnsLookup::NoError)
            return done(failure(Destination::Status::TemporaryFailure, DnsMxResolver::tr("DNS lookup of %1 failed: %2").arg(domain, lookup.errorString())));
        HostPort host{domain, port};
        if (!nameserver.isNull())
            host.address = firstAddress(lookup);
        done(found({host}));
    });
}

// Each host's address from the nameserver, all at once; a host it does not know keeps none and
// is looked up when connecting.
void withAddresses(QList<HostPort> hosts, const QHostAddress &nameserver, QObject *context, std::function<void(QList<HostPort>)> done)
{
    struct Pending {
        QList<HostPort> hosts;
        qsizetype left = 0;
        std::function<void(QList<HostPort>)> done;
    };
    auto pending = std::make_shared<Pending>(Pending{std::move(hosts), 0, std::move(done)});
    pending->left = pending->hosts.size();
    for (qsizetype i = 0; i < pending->hosts.size(); ++i) {
        lookUp(QDnsLookup::A, pending->hosts[i].host, nameserver, context, [pending, i](const QDnsLookup &lookup) {
            if (lookup.error() == QDnsLookup::NoError)
                pending->hosts[i].address = firstAddress(lookup);
            if (--pending->left == 0)
                pending->done(std::move(pending->hosts));
        });
    }
}

} // namespace

QString destinationKey(const QList<HostPort> &hosts)
{
    QStringList names;
    for (const HostPort &host : hosts)
        names.append(host.toString().toLower());
    names.sort();
    return names.join(u',');
}

DnsMxResolver::DnsMxResolver(const QHostAddress &nameserver, quint16 port)
    : m_nameserver(nameserver), m_port(port)
{
}

void DnsMxResolver::resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done)
{
    lookUp(QDnsLookup::MX, asciiDomain, m_nameserver, context,
           [asciiDomain, context, nameserver = m_nameserver, port = m_port, done = std::move(done)](const QDnsLookup &lookup) mutable {
        // No MX record comes as InvalidReplyError in Qt 6.4 (an answer without records, NODATA),
        // the same error as a nameserver that does not answer; a domain that does not exist as
        // NotFoundError. The address lookup tells them apart: it finds the domain's address,
        // finds that the domain does not exist, or fails as the MX lookup did.
        if (lookup.error() == QDnsLookup::NotFoundError || lookup.error() == QDnsLookup::InvalidReplyError
            || (lookup.error() == QDnsLookup::NoError && lookup.mailExchangeRecords().isEmpty()))
            return resolveAddress(asciiDomain, nameserver, port, context, std::move(done));
        if (lookup.error() != QDnsLookup::NoError)
            return done(failure(Destination::Status::TemporaryFailure, DnsMxResolver::tr("DNS lookup of %1 failed: %2").arg(asciiDomain, lookup.errorString())));
        QList<QDnsMailExchangeRecord> records = lookup.mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        // A null MX ("0 .") says the domain accepts no mail at all.
        if (records.size() == 1 && (records.first().exchange().isEmpty() || records.first().exchange() == u"."_qs))
            return done(failure(Destination::Status::InvalidDomain, DnsMxResolver::tr("The domain %1 accepts no mail (null MX).").arg(asciiDomain)));
        QList<HostPort> hosts;
        for (const QDnsMailExchangeRecord &record : std::as_const(records))
            hosts.append({record.exchange(), port});
        if (nameserver.isNull())
            return done(found(hosts));
        withAddresses(hosts, nameserver, context, [done = std::move(done)](QList<HostPort> withAddress) { done(found(std::move(withAddress))); });
    });
}

} // namespace diffusion
