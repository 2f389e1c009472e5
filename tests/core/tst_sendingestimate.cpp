#include "analysis/sendingestimate.h"
#include "routing/mxresolver.h"
#include "routing/routetable.h"
#include "store/connection.h"
#include "store/storewriter.h"
#include "tempworkspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QTimer>
#include <thread>

using namespace diffusion;

namespace {

// Answers later, from the caller's event loop, as the DNS resolver does; or never, or at once.
class FakeResolver final : public MxResolver
{
public:
    QHash<QString, QString> mxHost; // domain → its single MX host
    QSet<QString> invalid;          // answered InvalidDomain
    QSet<QString> silent;           // never answered
    bool synchronous = false;       // answers inside resolve()
    QStringList asked;              // touched by the estimating thread only, read after it ends

    void resolve(const QString &domain, QObject *context, std::function<void(Destination)> done) override
    {
        asked.append(domain);
        if (silent.contains(domain))
            return;
        Destination destination;
        if (invalid.contains(domain)) {
            destination.status = Destination::Status::InvalidDomain;
        } else if (mxHost.contains(domain)) {
            destination.hosts = {{mxHost.value(domain), 25}};
            destination.key = destinationKey(destination.hosts);
        } else {
            destination.status = Destination::Status::TemporaryFailure;
        }
        if (synchronous)
            return done(destination);
        QTimer::singleShot(int(asked.size() % 3) * 5, context, [done, destination] { done(destination); });
    }
};

// How the analysis calls it: from a worker thread that runs no event loop.
SendingEstimate estimateInThread(const QHash<QString, qint64> &messages, const RouteTable &routes, const MxRules &rules,
                                 MxResolver &resolver, qint64 validity, const EstimateOptions &options = {})
{
    SendingEstimate estimate;
    std::thread worker([&] { estimate = estimateSendingTime(messages, routes, rules, resolver, validity, options); });
    worker.join();
    return estimate;
}

RouteTable noRoutes()
{
    test::TempWorkspace temp;
    ReadConnection reader(temp.path());
    return RouteTable::load(reader.db());
}

MxRule rule(const QString &mask, int maxConnections, int messagesPerHour)
{
    MxRule rule;
    rule.mask = mask;
    rule.maxConnections = maxConnections;
    rule.messagesPerHour = messagesPerHour;
    return rule;
}

const DestinationEstimate *destinationOf(const SendingEstimate &estimate, const QString &domain)
{
    for (const DestinationEstimate &destination : estimate.destinations) {
        if (destination.domains.contains(domain))
            return &destination;
    }
    return nullptr;
}

QList<AnalysisEntry> entriesWithCode(const SendingEstimate &estimate, const QString &code)
{
    QList<AnalysisEntry> found;
    for (const AnalysisEntry &entry : estimate.entries) {
        if (entry.code == code)
            found.append(entry);
    }
    return found;
}

} // namespace

class TestSendingEstimate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendingSecondsFollowTheRule_data()
    {
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("perHour");
        QTest::addColumn<double>("seconds");
        // 5 messages per second per connection (the default pace) throughout.
        // 2 connections: 10/s. 10,000/h → 833 per window; 12,000 = 14 × 833 + 338:
        // 14 windows waited out (4,200 s), then 338 messages at 10/s (33.8 s).
        QTest::newRow("hourly budget") << qint64(12000) << 2 << 10000 << 4233.8;
        QTest::newRow("one full window, no wait") << qint64(833) << 2 << 10000 << 83.3;
        QTest::newRow("one message into the second window") << qint64(834) << 2 << 10000 << 300.1;
        // 4 connections: 20/s, no hourly limit.
        QTest::newRow("connections alone") << qint64(3000) << 4 << 0 << 150.0;
        // 120,000/h → 10,000 per window, but 1 connection sends only 1,500 in five minutes.
        QTest::newRow("budget never reached") << qint64(20000) << 1 << 120000 << 4000.0;
        // 100/h → 8 per window: 20 = 2 × 8 + 4, two windows (600 s) then 4 at 5/s (0.8 s).
        QTest::newRow("small budget") << qint64(20) << 1 << 100 << 600.8;
    }

    void sendingSecondsFollowTheRule()
    {
        QFETCH(qint64, messages);
        QFETCH(int, connections);
        QFETCH(int, perHour);
        QFETCH(double, seconds);
        const double computed = sendingSeconds(messages, rule(u"*"_qs, connections, perHour), EstimateOptions().messagesPerConnectionPerSecond);
        QVERIFY2(qAbs(computed - seconds) < 1e-6, qPrintable(QString::number(computed)));
    }

    void domainsSharingHostsShareOneQueue()
    {
        FakeResolver resolver;
        resolver.mxHost = {{u"gmail.com"_qs, u"gmail-smtp-in.l.google.com"_qs},
                           {u"googlemail.com"_qs, u"gmail-smtp-in.l.google.com"_qs},
                           {u"orange.fr"_qs, u"smtp-in.orange.fr"_qs},
                           {u"example.test"_qs, u"mx.example.test"_qs}};
        const MxRules rules({rule(u"*.google.com"_qs, 3, 10000), rule(u"*.orange.fr"_qs, 2, 20000), rule(u"*"_qs, 10, 0)});
        const QHash<QString, qint64> messages{{u"gmail.com"_qs, 6000}, {u"googlemail.com"_qs, 2000}, {u"orange.fr"_qs, 1000}, {u"example.test"_qs, 500}};

        const SendingEstimate estimate = estimateInThread(messages, noRoutes(), rules, resolver, 5 * 86400);

        QCOMPARE(estimate.destinations.size(), 3);
        const DestinationEstimate &google = estimate.destinations.constFirst();
        QCOMPARE(google.key, destinationKey({{u"gmail-smtp-in.l.google.com"_qs, 25}}));
        QCOMPARE(google.domains, (QStringList{u"gmail.com"_qs, u"googlemail.com"_qs}));
        QCOMPARE(google.domainCount, 2);
        QCOMPARE(google.messages, 8000);
        QCOMPARE(google.ruleMask, u"*.google.com"_qs);
        QVERIFY(google.resolved);
        // 3 connections: 15/s; 833 per window; 8,000 = 9 × 833 + 503: 2,700 s + 503 / 15 s.
        // (gmail.com alone would take 7 × 300 + 169 / 15 s.)
        QVERIFY2(qAbs(google.seconds - (2700 + 503.0 / 15)) < 1e-6, qPrintable(QString::number(google.seconds)));
        QCOMPARE(estimate.seconds, google.seconds);

        const DestinationEstimate *orange = destinationOf(estimate, u"orange.fr"_qs);
        QVERIFY(orange);
        QCOMPARE(orange->ruleMask, u"*.orange.fr"_qs);
        QCOMPARE(orange->seconds, 1000 / 10.0); // 1,666 per window: the connections alone

        const QList<AnalysisEntry> lines = entriesWithCode(estimate, u"estimate_destination"_qs);
        QCOMPARE(lines.size(), 3);
        for (const AnalysisEntry &entry : estimate.entries)
            QCOMPARE(entry.step, AnalysisStep::Estimate);
        QCOMPARE(lines.first().count, 8000);
        QCOMPARE(lines.first().details.value(u"key"_qs).toString(), google.key);
        const QString text = lines.first().text();
        QVERIFY2(text.startsWith(u"gmail.com, googlemail.com: "_qs), qPrintable(text));
        QVERIFY2(text.contains(u"about 46 min under rule *.google.com"_qs), qPrintable(text)); // 2,733.5 s, rounded up
        const QList<AnalysisEntry> totals = entriesWithCode(estimate, u"estimate_total"_qs);
        QCOMPARE(totals.size(), 1);
        QVERIFY2(totals.first().text().contains(u"the longest is gmail.com, googlemail.com"_qs), qPrintable(totals.first().text()));
        QVERIFY(entriesWithCode(estimate, u"validity_too_short"_qs).isEmpty());
        QCOMPARE(estimate.toJson().size(), 3);
    }

    void routedDomainsAreNotLookedUp()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            RouteTable::set(db, Route{u"routed.test"_qs, {{u"relay.internal"_qs, 2525}}, TlsPolicy::Opportunistic, {}});
            RouteTable::set(db, Route{u"partner.test"_qs, {{u"relay.internal"_qs, 2525}}, TlsPolicy::Opportunistic, {}});
        }).waitForFinished();
        ReadConnection reader(temp.path());
        const RouteTable routes = RouteTable::load(reader.db());
        FakeResolver resolver;
        resolver.mxHost = {{u"direct.test"_qs, u"mx.direct.test"_qs}};
        const MxRules rules({rule(u"relay.internal"_qs, 1, 0)});

        const SendingEstimate estimate = estimateInThread({{u"routed.test"_qs, 500}, {u"partner.test"_qs, 250}, {u"direct.test"_qs, 100}},
                                                          routes, rules, resolver, 0);

        QCOMPARE(resolver.asked, QStringList{u"direct.test"_qs});
        QCOMPARE(estimate.destinations.size(), 2);
        const DestinationEstimate &relay = estimate.destinations.constFirst();
        QCOMPARE(relay.key, destinationKey({{u"relay.internal"_qs, 2525}}));
        QCOMPARE(relay.domains, (QStringList{u"routed.test"_qs, u"partner.test"_qs}));
        QCOMPARE(relay.ruleMask, u"relay.internal"_qs);
        QCOMPARE(relay.seconds, 750 / 5.0);
        QCOMPARE(estimate.destinations.last().ruleMask, u"*"_qs); // no rule given: the built-in generic one
    }

    void theRelayTakesEveryDomain()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            RouteTable::set(db, Route{u"*"_qs, {{u"smarthost.test"_qs, 587}}, TlsPolicy::Required, {}});
        }).waitForFinished();
        ReadConnection reader(temp.path());
        FakeResolver resolver;

        const SendingEstimate estimate = estimateInThread({{u"a.test"_qs, 10}, {u"b.test"_qs, 20}}, RouteTable::load(reader.db()),
                                                          MxRules(), resolver, 0);

        QVERIFY(resolver.asked.isEmpty());
        QCOMPARE(estimate.destinations.size(), 1);
        QCOMPARE(estimate.destinations.first().messages, 30);
        QCOMPARE(estimate.destinations.first().domains, (QStringList{u"b.test"_qs, u"a.test"_qs}));
    }

    void validityTooShortIsAWarning()
    {
        FakeResolver resolver;
        resolver.mxHost = {{u"slow.test"_qs, u"mx.slow.test"_qs}, {u"fast.test"_qs, u"mx.fast.test"_qs}};
        const MxRules rules({rule(u"mx.slow.test"_qs, 2, 10000), rule(u"*"_qs, 10, 0)});
        const QHash<QString, qint64> messages{{u"slow.test"_qs, 12000}, {u"fast.test"_qs, 12000}};

        const SendingEstimate estimate = estimateInThread(messages, noRoutes(), rules, resolver, 3600);

        // slow.test: 4,233.8 s (see sendingSecondsFollowTheRule); fast.test: 12,000 / 50 = 240 s.
        const QList<AnalysisEntry> warnings = entriesWithCode(estimate, u"validity_too_short"_qs);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().severity, Severity::Warning);
        QCOMPARE(warnings.first().count, 12000);
        QCOMPARE(warnings.first().details.value(u"key"_qs).toString(), destinationKey({{u"mx.slow.test"_qs, 25}}));
        const QString text = warnings.first().text();
        QVERIFY2(text.startsWith(u"slow.test: "_qs) && text.contains(u"about 1 h 11 min"_qs) && text.contains(u"(1h)"_qs), qPrintable(text));

        QVERIFY(entriesWithCode(estimateInThread(messages, noRoutes(), rules, resolver, 4234), u"validity_too_short"_qs).isEmpty());
        QVERIFY(entriesWithCode(estimateInThread(messages, noRoutes(), rules, resolver, 0), u"validity_too_short"_qs).isEmpty());
    }

    void onlyTheBiggestDomainsAreLookedUp()
    {
        FakeResolver resolver;
        QHash<QString, qint64> messages;
        for (int i = 1; i <= 8; ++i) {
            const QString domain = u"d%1.test"_qs.arg(i);
            messages.insert(domain, i * 100);
            resolver.mxHost.insert(domain, u"mx.shared.test"_qs);
        }
        EstimateOptions options;
        options.maxLookups = 3;

        const SendingEstimate estimate = estimateInThread(messages, noRoutes(), MxRules(), resolver, 0, options);

        QStringList asked = resolver.asked;
        asked.sort();
        QCOMPARE(asked, (QStringList{u"d6.test"_qs, u"d7.test"_qs, u"d8.test"_qs}));
        const DestinationEstimate *shared = destinationOf(estimate, u"d8.test"_qs);
        QVERIFY(shared);
        QCOMPARE(shared->domains, (QStringList{u"d8.test"_qs, u"d7.test"_qs, u"d6.test"_qs}));
        QCOMPARE(shared->messages, 2100);
        qsizetype unresolved = 0;
        for (const DestinationEstimate &destination : estimate.destinations) {
            if (!destination.resolved) {
                ++unresolved;
                QCOMPARE(destination.domains, QStringList{destination.key});
            }
        }
        QCOMPARE(unresolved, 5);
        const QList<AnalysisEntry> notLookedUp = entriesWithCode(estimate, u"estimate_not_looked_up"_qs);
        QCOMPARE(notLookedUp.size(), 1);
        QCOMPARE(notLookedUp.first().count, 1500); // d1 … d5
        QCOMPARE(notLookedUp.first().details.value(u"domains"_qs).toInt(), 5);
        QVERIFY(entriesWithCode(estimate, u"estimate_lookup_failed"_qs).isEmpty());
    }

    void atMostTenDestinationsAreReported()
    {
        FakeResolver resolver;
        QHash<QString, qint64> messages;
        for (int i = 1; i <= 12; ++i) {
            const QString domain = u"d%1.test"_qs.arg(i);
            messages.insert(domain, i * 100);
            resolver.mxHost.insert(domain, u"mx."_qs + domain);
        }

        const SendingEstimate estimate = estimateInThread(messages, noRoutes(), MxRules(), resolver, 0);

        QCOMPARE(estimate.destinations.size(), 12);
        const QList<AnalysisEntry> lines = entriesWithCode(estimate, u"estimate_destination"_qs);
        QCOMPARE(lines.size(), 10);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i].details.value(u"domains"_qs).toArray().first().toString(), u"d%1.test"_qs.arg(12 - i));
    }

    void lookupsThatFailOrHangAreGivenUp()
    {
        FakeResolver resolver;
        resolver.mxHost = {{u"answers.test"_qs, u"mx.answers.test"_qs}};
        resolver.invalid = {u"invalid.test"_qs};
        resolver.silent = {u"silent.test"_qs};
        EstimateOptions options;
        options.lookupTimeoutMs = 300;
        const QHash<QString, qint64> messages{{u"answers.test"_qs, 300}, {u"invalid.test"_qs, 200}, {u"silent.test"_qs, 100}};

        QElapsedTimer clock;
        clock.start();
        const SendingEstimate estimate = estimateInThread(messages, noRoutes(), MxRules(), resolver, 0, options);
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));

        QCOMPARE(resolver.asked.size(), 3);
        QVERIFY(destinationOf(estimate, u"answers.test"_qs)->resolved);
        for (const QString &domain : {u"invalid.test"_qs, u"silent.test"_qs}) {
            const DestinationEstimate *destination = destinationOf(estimate, domain);
            QVERIFY(destination);
            QVERIFY(!destination->resolved);
            QCOMPARE(destination->key, domain);
        }
        const QList<AnalysisEntry> failed = entriesWithCode(estimate, u"estimate_lookup_failed"_qs);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().count, 300);
        QVERIFY2(failed.first().text().contains(u"invalid.test, silent.test (2 in all"_qs), qPrintable(failed.first().text()));
        const QJsonArray reasons = failed.first().details.value(u"domains"_qs).toArray();
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons[0].toObject().value(u"reason"_qs).toString(), u"invalid_domain"_qs);
        QCOMPARE(reasons[1].toObject().value(u"reason"_qs).toString(), u"no_answer"_qs);
    }

    void answersGivenAtOnceDoNotWaitForTheTimeout()
    {
        FakeResolver resolver;
        resolver.synchronous = true;
        resolver.mxHost = {{u"a.test"_qs, u"mx.a.test"_qs}};
        EstimateOptions options;
        options.lookupTimeoutMs = 60'000;

        QElapsedTimer clock;
        clock.start();
        const SendingEstimate estimate = estimateInThread({{u"a.test"_qs, 10}, {u"b.test"_qs, 5}}, noRoutes(), MxRules(), resolver, 0, options);

        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(destinationOf(estimate, u"a.test"_qs)->resolved);
        QVERIFY(!destinationOf(estimate, u"b.test"_qs)->resolved); // a temporary failure
    }

    void nothingToSendGivesNoEntries()
    {
        FakeResolver resolver;
        const SendingEstimate estimate = estimateInThread({{u"a.test"_qs, 0}}, noRoutes(), MxRules(), resolver, 3600);
        QVERIFY(estimate.destinations.isEmpty());
        QVERIFY(estimate.entries.isEmpty());
        QCOMPARE(estimate.seconds, 0);
    }
};

QTEST_GUILESS_MAIN(TestSendingEstimate)
#include "tst_sendingestimate.moc"
