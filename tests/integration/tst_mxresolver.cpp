// DnsMxResolver against a real DNS server (dnsmasq, tests/support/dnsserver.h): MX hosts in
// preference order with their addresses from that server and the port asked for, the domain
// itself when it has an address and no MX, null MX and NXDOMAIN as invalid domains, a
// nameserver that does not answer as a temporary failure; the workspace settings that choose
// the nameserver and the port; then the engine delivering through DNS to the built-in relay.
// dnsmasq listens on port 53, which needs root: without it the DNS tests are skipped.
#include "deliveryfixture.h"
#include "dnsserver.h"
#include "enginerun.h"
#include "relayprocess.h"
#include "routing/resolversettings.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <optional>

using namespace diffusion;

namespace {

// What the resolver answers for the domain, waited for (bounded); nothing when it never answers.
std::optional<Destination> resolve(MxResolver &resolver, const QString &domain)
{
    QObject context;
    std::optional<Destination> answer;
    resolver.resolve(domain, &context, [&answer](Destination destination) { answer = std::move(destination); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return std::nullopt;
    return answer;
}

QStringList hostsOf(const Destination &destination)
{
    QStringList hosts;
    for (const HostPort &host : destination.hosts)
        hosts.append(host.toString() + (host.address.isEmpty() ? QString() : u" at "_qs + host.address));
    return hosts;
}

void setSetting(StoreWriter &writer, const QString &key, const QString &value)
{
    writer.submit([key, value](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"_qs);
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            throw StoreError(query.lastError().text());
    }).waitForFinished();
}

} // namespace

class TestMxResolver final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DnsServer> m_dns;
    QString m_unavailable;

private Q_SLOTS:
    void initTestCase()
    {
        m_unavailable = test::DnsServer::unavailableReason();
        if (!m_unavailable.isEmpty())
            return;
        m_dns = std::make_unique<test::DnsServer>();
        // Given out of order: the resolver sorts them.
        m_dns->addMx(u"multi.test"_qs, u"mx3.multi.test"_qs, 30);
        m_dns->addMx(u"multi.test"_qs, u"mx2a.multi.test"_qs, 20);
        m_dns->addMx(u"multi.test"_qs, u"mx1.multi.test"_qs, 10);
        m_dns->addMx(u"multi.test"_qs, u"mx2b.multi.test"_qs, 20);
        m_dns->addAddress(u"mx1.multi.test"_qs, u"127.0.0.11"_qs);
        m_dns->addAddress(u"mx2a.multi.test"_qs, u"127.0.0.12"_qs);
        m_dns->addAddress(u"mx2b.multi.test"_qs, u"127.0.0.13"_qs);
        // mx3.multi.test has no address here.
        m_dns->addAddress(u"plain.test"_qs, u"127.0.0.21"_qs);
        m_dns->addNullMx(u"nomail.test"_qs);
        // For the engine: the relay listens on 127.0.0.1.
        m_dns->addMx(u"direct.test"_qs, u"mx.direct.test"_qs, 10);
        m_dns->addAddress(u"mx.direct.test"_qs, u"127.0.0.1"_qs);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
        qInfo("dnsmasq answers on %s after %lld ms", qPrintable(m_dns->address().toString()), clock.elapsed());
    }

    void init()
    {
        // Everything but the check of the settings' values needs the DNS server.
        if (!m_dns && qstrcmp(QTest::currentTestFunction(), "settingsWithUnusableValues") != 0)
            QSKIP(qPrintable(m_unavailable));
    }

    void mxHostsInPreferenceOrder()
    {
        DnsMxResolver resolver(m_dns->address(), 2525);
        const std::optional<Destination> found = resolve(resolver, u"multi.test"_qs);
        QVERIFY(found);
        QCOMPARE(found->status, Destination::Status::Ok);
        const QStringList hosts = hostsOf(*found);
        QCOMPARE(hosts.size(), 4);
        QCOMPARE(hosts[0], u"mx1.multi.test:2525 at 127.0.0.11"_qs);
        // Equal preferences: both, in either order.
        QCOMPARE(QSet<QString>(hosts.begin() + 1, hosts.begin() + 3),
                 (QSet<QString>{u"mx2a.multi.test:2525 at 127.0.0.12"_qs, u"mx2b.multi.test:2525 at 127.0.0.13"_qs}));
        // No address on this server: the name is looked up when connecting.
        QCOMPARE(hosts[3], u"mx3.multi.test:2525"_qs);
        QCOMPARE(found->key, destinationKey(found->hosts));
    }

    void portTwentyFiveByDefault()
    {
        DnsMxResolver resolver(m_dns->address());
        const std::optional<Destination> found = resolve(resolver, u"multi.test"_qs);
        QVERIFY(found);
        QCOMPARE(found->hosts.size(), 4);
        for (const HostPort &host : found->hosts)
            QCOMPARE(host.port, 25);
    }

    void domainWithAnAddressButNoMx()
    {
        DnsMxResolver resolver(m_dns->address(), 2525);
        const std::optional<Destination> found = resolve(resolver, u"plain.test"_qs);
        QVERIFY(found);
        QVERIFY2(found->status == Destination::Status::Ok, qPrintable(found->error));
        QCOMPARE(hostsOf(*found), QStringList{u"plain.test:2525 at 127.0.0.21"_qs});
    }

    void invalidDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("error");
        QTest::newRow("null MX") << u"nomail.test"_qs << u"The domain nomail.test accepts no mail (null MX)."_qs;
        QTest::newRow("NXDOMAIN") << u"unknown.test"_qs << u"The domain unknown.test has no mail server (no MX and no address)."_qs;
    }

    void invalidDomains()
    {
        QFETCH(QString, domain);
        QFETCH(QString, error);
        DnsMxResolver resolver(m_dns->address());
        const std::optional<Destination> found = resolve(resolver, domain);
        QVERIFY(found);
        QCOMPARE(found->status, Destination::Status::InvalidDomain);
        QCOMPARE(found->error, error);
        QVERIFY(found->hosts.isEmpty());
    }

    void nameserverThatDoesNotAnswer()
    {
        const QHostAddress silent = test::DnsServer::silentAddress();
        QVERIFY(!silent.isNull());
        DnsMxResolver resolver(silent);
        QElapsedTimer clock;
        clock.start();
        const std::optional<Destination> found = resolve(resolver, u"multi.test"_qs);
        QVERIFY(found);
        qInfo("a nameserver on %s that does not answer: %s after %lld ms", qPrintable(silent.toString()),
              qPrintable(found->error), clock.elapsed());
        QCOMPARE(found->status, Destination::Status::TemporaryFailure);
        QVERIFY(found->error.contains(u"multi.test"_qs));
        // The system resolver's limit is timeout × attempts (5 s × 2 by default).
        QVERIFY(clock.elapsed() < 15000);
    }

    void settingsChooseNameserverAndPort()
    {
        test::TempWorkspace temp;
        setSetting(temp.writer(), u"dns.nameserver"_qs, m_dns->address().toString());
        setSetting(temp.writer(), u"smtp.direct_port"_qs, u" 2526 "_qs);
        ReadConnection reader(temp.path());
        const std::shared_ptr<MxResolver> resolver = resolverFromSettings(reader.db());
        const std::optional<Destination> found = resolve(*resolver, u"multi.test"_qs);
        QVERIFY(found);
        QCOMPARE(hostsOf(*found).value(0), u"mx1.multi.test:2526 at 127.0.0.11"_qs);
    }

    void settingsWithUnusableValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("nameserver not an address") << u"dns.nameserver"_qs << u"dns.example.test"_qs
                                                   << u"The workspace setting dns.nameserver is “dns.example.test”, which is not an IP address."_qs;
        QTest::newRow("port zero") << u"smtp.direct_port"_qs << u"0"_qs
                                   << u"The workspace setting smtp.direct_port is “0”, which is not a port number from 1 to 65535."_qs;
        QTest::newRow("port too large") << u"smtp.direct_port"_qs << u"65536"_qs << u"smtp.direct_port is “65536”"_qs;
        QTest::newRow("port not a number") << u"smtp.direct_port"_qs << u"smtp"_qs << u"smtp.direct_port is “smtp”"_qs;
    }

    void settingsWithUnusableValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        test::TempWorkspace temp;
        setSetting(temp.writer(), key, value);
        ReadConnection reader(temp.path());
        try {
            resolverFromSettings(reader.db());
            QFAIL("the setting was taken");
        } catch (const StoreError &failure) {
            QVERIFY2(failure.message().contains(error), qPrintable(failure.message()));
        }
    }

    // No route: the engine asks the workspace's nameserver, finds mx.direct.test at 127.0.0.1,
    // and delivers to the relay on the workspace's direct port. The null MX domain is invalid,
    // which the engine treats as soft (retried until the validity ends).
    void engineDeliversThroughDns()
    {
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"direct.test"_qs, u"nomail.test"_qs}, 5);
        setSetting(fixture.writer(), u"dns.nameserver"_qs, m_dns->address().toString());
        setSetting(fixture.writer(), u"smtp.direct_port"_qs, QString::number(relay.port()));
        fixture.setValidity(2);
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));

        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'direct.test' AND status = 2"_qs).toInt(), 5);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'nomail.test' AND status = 3 AND failure_type = 1 "
                               "AND failure_reason = 2 AND retries >= 1 AND last_reply LIKE '%null MX%'"_qs).toInt(), 5);
        QStringList delivered;
        for (const QJsonObject &event : relay.events()) {
            if (event.value(u"event"_qs) == u"transaction"_qs && event.value(u"code"_qs).toInt() == 250) {
                for (const QJsonValue &to : event.value(u"to"_qs).toArray())
                    delivered.append(to.toString());
            }
        }
        delivered.sort();
        QCOMPARE(delivered, (QStringList{u"user0@direct.test"_qs, u"user1@direct.test"_qs, u"user2@direct.test"_qs,
                                         u"user3@direct.test"_qs, u"user4@direct.test"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"
