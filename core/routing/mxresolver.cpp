#include "mxresolver.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <algorithm>

namespace diffusion {

namespace {

Destination failure(Destination::Status status, const QString &error)
{
    Destination destination;
    destination.status = status;
    destination.error = error;
    return destination;
}

// No MX: the domain itself is the mail host if it has an address.
void resolveAddress(const QString &domain, QObject *context, std::function<void(Destination)> done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::A, domain, context);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, domain, done = std::move(done)] {
        lookup->deleteLater();
        if (lookup->error() == QDnsLookup::NotFoundError || (lookup->error() == QDnsLookup::NoError && lookup->hostAddressRecords().isEmpty()))
            return done(failure(Destination::Status::InvalidDomain, DnsMxResolver::tr("The domain %1 has no mail server (no MX and no address).").arg(domain)));
        if (lookup->error() != QDnsLookup::NoError)
            return done(failure(Destination::Status::TemporaryFailure, DnsMxResolver::tr("DNS lookup of %1 failed: %2").arg(domain, lookup->errorString())));
        Destination destination;
        destination.hosts = {{domain, 25}};
        destination.key = destinationKey(destination.hosts);
        done(destination);
    });
    lookup->lookup();
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

void DnsMxResolver::resolve(const QString &asciiDomain, QObject *context, std::function<void(Destination)> done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::MX, asciiDomain, context);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, asciiDomain, context, done = std::move(done)]() mutable {
        lookup->deleteLater();
        if (lookup->error() == QDnsLookup::NotFoundError) {
            // NXDOMAIN and "no MX record" both come as NotFound: ask for an address to tell them apart.
            return resolveAddress(asciiDomain, context, std::move(done));
        }
        if (lookup->error() != QDnsLookup::NoError)
            return done(failure(Destination::Status::TemporaryFailure, DnsMxResolver::tr("DNS lookup of %1 failed: %2").arg(asciiDomain, lookup->errorString())));
        QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
        if (records.isEmpty())
            return resolveAddress(asciiDomain, context, std::move(done));
        std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        // A null MX ("0 .") says the domain accepts no mail at all.
        if (records.size() == 1 && (records.first().exchange().isEmpty() || records.first().exchange() == u"."_qs))
            return done(failure(Destination::Status::InvalidDomain, DnsMxResolver::tr("The domain %1 accepts no mail (null MX).").arg(asciiDomain)));
        Destination destination;
        for (const QDnsMailExchangeRecord &record : records)
            destination.hosts.append({record.exchange(), 25});
        destination.key = destinationKey(destination.hosts);
        done(destination);
    });
    lookup->lookup();
}

} // namespace diffusion
