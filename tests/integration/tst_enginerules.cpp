// MX rules seen from the server side (the built-in relay's event log): at most N connections at
// once, at most M messages per connection, the hourly budget spent per five-minute window; and
// throttling replies (421 a few times) retried until they pass.
#include "deliveryfixture.h"
#include "analysisrun.h"
#include "enginerun.h"
#include "engine/engine.h"
#include "relayprocess.h"
#include "store/connection.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <atomic>

using namespace diffusion;

namespace {

void addRule(test::DeliveryFixture &fixture, int connections, int perConnection, int perHour)
{
    fixture.writer().submit([=](QSqlDatabase &db) {
        execute(db, u"INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour, "
                    "connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy) VALUES (1, '127.0.0.?', %1, %2, %3, 10, 10, 10, 'disabled')"_qs
                        .arg(connections).arg(perConnection).arg(perHour));
    }).waitForFinished();
}

} // namespace

class TestEngineRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsAndMessagesPerConnection()
    {
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs, u"b.test"_qs}, 100);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        addRule(fixture, 3, 7, 0);
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QSignalSpy finished(&engine, &Engine::finished);
        QString error;
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), fixture.deliveryId()));
        QVERIFY2(engine.start(fixture.deliveryId(), &error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(fixture.statusCounts(), u"2:200"_qs);

        int maxOpen = 0;
        int transactions = 0;
        QHash<int, int> perConnection;
        for (const QJsonObject &event : relay.events()) {
            const QString kind = event.value(u"event"_qs).toString();
            if (kind == u"open"_qs)
                maxOpen = std::max(maxOpen, event.value(u"open"_qs).toInt());
            if (kind == u"transaction"_qs && event.value(u"code"_qs).toInt() == 250) {
                ++transactions;
                ++perConnection[event.value(u"connection"_qs).toInt()];
            }
        }
        QCOMPARE(transactions, 200);
        QVERIFY2(maxOpen <= 3, qPrintable(QString::number(maxOpen)));
        QVERIFY(maxOpen >= 2); // the rule's connections are used, not one at a time
        for (int count : std::as_const(perConnection))
            QVERIFY2(count <= 7, qPrintable(QString::number(count)));
        QVERIFY(perConnection.size() >= 200 / 7);
    }

    void hourlyBudgetIsSpentPerWindow()
    {
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs}, 25);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        addRule(fixture, 2, 100, 120); // 10 messages per five-minute window
        constexpr qint64 window = 5 * 60 * 1000;
        std::atomic<qint64> clock{1'800'000'000'000 / window * window}; // the start of a window
        Engine::Options options = test::fastEngineOptions();
        options.clockMs = [&clock] { return clock.load(); };
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QSignalSpy finished(&engine, &Engine::finished);
        QString error;
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), fixture.deliveryId()));
        QVERIFY2(engine.start(fixture.deliveryId(), &error), qPrintable(error));
        const auto sent = [&fixture] { return fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 2"_qs).toInt(); };
        QTRY_COMPARE_WITH_TIMEOUT(sent(), 10, 20000);
        // The window's budget is spent: nothing more goes out while the clock stays in it.
        QTest::qWait(1500);
        QCOMPARE(sent(), 10);
        clock += window;
        QTRY_COMPARE_WITH_TIMEOUT(sent(), 20, 20000);
        clock += window;
        QVERIFY(finished.wait(20000));
        QCOMPARE(sent(), 25);
    }

    void throttlingShrinksTheConnectionWindow()
    {
        // Every address is throttled once (421 at RCPT, which closes the connection), then accepted.
        const QString profile = QDir::temp().filePath(u"diffusion-throttle-%1.json"_qs.arg(QCoreApplication::applicationPid()));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"match": "*@slow.test", "reply": "421 4.7.0 Rate limited, try again later", "count": 1}]})");
        file.close();
        test::RelayProcess relay({u"--profile"_qs, profile});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"slow.test"_qs}, 60);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        addRule(fixture, 8, 5, 0); // 60 messages want 12 connections: the window decides
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QVERIFY(test::runToTheEnd(engine, fixture.deliveryId()));
        QCOMPARE(fixture.statusCounts(), u"2:60"_qs);
        QFile::remove(profile);

        // Before the first 421 the engine opens up to its initial window (5); once throttled it
        // halves the window at each 421 and stays down for the backoff period, so the retries
        // go out on one or two connections.
        int maxOpenBefore = 0;
        int maxOpenAfter = 0;
        int retriedOpens = 0;
        bool throttled = false;
        for (const QJsonObject &event : relay.events()) {
            const QString kind = event.value(u"event"_qs).toString();
            if (kind == u"close"_qs && event.value(u"reason"_qs).toString() == u"reply"_qs)
                throttled = true;
            if (kind == u"open"_qs) {
                const int open = event.value(u"open"_qs).toInt();
                if (throttled) {
                    maxOpenAfter = std::max(maxOpenAfter, open);
                    ++retriedOpens;
                } else {
                    maxOpenBefore = std::max(maxOpenBefore, open);
                }
            }
        }
        QVERIFY2(maxOpenBefore >= 4, qPrintable(QString::number(maxOpenBefore)));
        QVERIFY(retriedOpens > 0);
        // One more than the window: a connection the server closed may still be counted open.
        QVERIFY2(maxOpenAfter <= 3, qPrintable(QString::number(maxOpenAfter)));
    }

    void throttlingRepliesAreRetriedUntilTheyPass()
    {
        // The relay's default profile: throttle.test gets "421 4.7.0 Rate limited" three times
        // per address, then 250.
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"throttle.test"_qs}, 5);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        Engine engine(fixture.temp().path(), fixture.writer(), test::fastEngineOptions());
        QSignalSpy finished(&engine, &Engine::finished);
        QString error;
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), fixture.deliveryId()));
        QVERIFY2(engine.start(fixture.deliveryId(), &error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(fixture.value(u"SELECT count(*) FROM broadlog WHERE status = 2 AND retries = 3"_qs).toInt(), 5);
        QCOMPARE(fixture.value(u"SELECT count(*) FROM delivery_event WHERE outcome = 'deferred' AND reply LIKE '421 4.7.0%'"_qs).toInt(), 15);
    }
};

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_enginerules.moc"
