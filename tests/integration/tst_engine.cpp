// The sending engine end to end against Postfix's smtp-sink: every message gets exactly one
// outcome, statuses follow the feedback rules, deferrals are retried until the validity ends,
// the resolver is used for domains without a route.
#include "deliveryfixture.h"
#include "analysisrun.h"
#include "enginerun.h"
#include "engine/engine.h"
#include "freeport.h"
#include "smtpsink.h"

#include <QSignalSpy>
#include <QTest>

using namespace diffusion;

namespace {

// Answers from a table, as DNS would.
class FakeResolver final : public MxResolver
{
public:
    QHash<QString, Destination> answers;
    void resolve(const QString &domain, QObject *context, std::function<void(Destination)> done) override
    {
        Destination answer = answers.value(domain);
        if (answer.hosts.isEmpty() && answer.status == Destination::Status::Ok)
            answer.status = Destination::Status::TemporaryFailure;
        QMetaObject::invokeMethod(context, [answer, done] { done(answer); }, Qt::QueuedConnection);
    }
};

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsEveryMessageExactlyOnce()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        test::DeliveryFixture fixture({u"ok.test"_qs, u"other.test"_qs}, 60);
        fixture.route(u"*"_qs, sink.host(), sink.port());
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));

        QCOMPARE(fixture.statusCounts(), u"2:120"_qs);
        QCOMPARE(fixture.value(u"SELECT state FROM delivery"_qs).toInt(), 95);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE last_reply LIKE '250 %' AND sent_at IS NOT NULL"_qs).toInt(), 120);
        QVERIFY(sink.waitForMessages(120));
        QCOMPARE(sink.messageCount(), 120);
        // Each recipient once: no message lost, none sent twice.
        QSet<QByteArray> recipients;
        for (const QByteArray &message : sink.messages()) {
            const qsizetype at = message.indexOf("\nTo: <");
            QVERIFY(at >= 0);
            recipients.insert(message.mid(at + 6, message.indexOf('>', at) - at - 6));
        }
        QCOMPARE(recipients.size(), 120);
        QVERIFY(recipients.contains("user59@other.test"));
    }

    void permanentAndTransientReplies()
    {
        test::SmtpSink accepting;
        test::SmtpSink refusing({u"-f"_qs, u"RCPT"_qs});
        test::SmtpSink deferring({u"-r"_qs, u"RCPT"_qs});
        for (test::SmtpSink *sink : {&accepting, &refusing, &deferring})
            QVERIFY2(sink->start(), qPrintable(sink->errorString()));
        test::DeliveryFixture fixture({u"ok.test"_qs, u"hard.test"_qs, u"soft.test"_qs}, 10);
        fixture.route(u"ok.test"_qs, accepting.host(), accepting.port());
        fixture.route(u"hard.test"_qs, refusing.host(), refusing.port());
        fixture.route(u"soft.test"_qs, deferring.host(), deferring.port());
        fixture.setValidity(4);
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));

        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'ok.test' AND status = 2"_qs).toInt(), 10);
        // 500 at RCPT: failed at once, hard, never retried.
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'hard.test' AND status = 3 "
                               "AND failure_type = 2 AND retries = 0 AND last_reply LIKE '500%'"_qs).toInt(), 10);
        // 450 at RCPT: retried until the validity ended, then failed, soft.
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'soft.test' AND status = 3 "
                               "AND failure_type = 1 AND retries >= 1 AND last_reply LIKE '450%'"_qs).toInt(), 10);
        QVERIFY(fixture.value(u"SELECT count(*) FROM delivery_event e JOIN broadlog b ON b.id = e.broadlog_id "
                              "WHERE b.domain = 'soft.test' AND e.outcome = 'deferred'"_qs).toInt() >= 20);
        QCOMPARE(accepting.messageCount(), 10);
    }

    void unreachableHostIsRetriedThenFailed()
    {
        const quint16 closed = test::freePort(); // nothing listens there
        test::DeliveryFixture fixture({u"down.test"_qs}, 5);
        fixture.route(u"down.test"_qs, u"127.0.0.1"_qs, closed);
        fixture.setValidity(3);
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 3 AND failure_reason = 3"_qs).toInt(), 5);
        test::releasePort(closed);
    }

    void credentialsAreNeverSentInClear()
    {
        test::SmtpSink sink; // offers AUTH, but no STARTTLS
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        test::DeliveryFixture fixture({u"relayed.test"_qs}, 3);
        fixture.writer().submit([&sink](QSqlDatabase &db) {
            RouteTable::set(db, Route{u"*"_qs, {{sink.host(), sink.port()}}, TlsPolicy::Opportunistic, u"news"_qs});
        }).waitForFinished();
        fixture.setValidity(2);

        Engine::Options withoutPassword = test::fastEngineOptions();
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), fixture.deliveryId()));
        Engine refused(fixture.temp().path(), fixture.writer(), withoutPassword);
        QString error;
        QVERIFY(!refused.start(fixture.deliveryId(), &error));
        QVERIFY2(error.contains(u"DIFFUSION_SMTP_PASSWORD"_qs), qPrintable(error));

        Engine::Options options = test::fastEngineOptions();
        options.passwordFor = [](const Route &route) -> std::optional<QString> {
            return route.authUser == u"news"_qs ? std::optional<QString>(u"secret"_qs) : std::nullopt;
        };
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 3 AND last_reply LIKE '%never sent in clear%'"_qs).toInt(), 3);
        QCOMPARE(sink.messageCount(), 0);
    }

    void domainsWithoutARouteAreResolved()
    {
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        test::DeliveryFixture fixture({u"mx.test"_qs, u"gone.test"_qs}, 4);
        fixture.setValidity(3);
        auto resolver = std::make_shared<FakeResolver>();
        Destination found;
        found.hosts = {{sink.host(), sink.port()}};
        found.key = destinationKey(found.hosts);
        resolver->answers.insert(u"mx.test"_qs, found);
        Destination gone;
        gone.status = Destination::Status::InvalidDomain;
        gone.error = u"The domain gone.test accepts no mail (null MX)."_qs;
        resolver->answers.insert(u"gone.test"_qs, gone);
        Engine::Options options = test::fastEngineOptions();
        options.resolver = resolver;
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'mx.test' AND status = 2"_qs).toInt(), 4);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE domain = 'gone.test' AND status = 3 AND failure_reason = 2"_qs).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
