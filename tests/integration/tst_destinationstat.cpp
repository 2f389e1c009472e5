// The live state of the destinations (table destination_stat) as the engine writes it while it
// sends to the built-in relay: queue, rate and budget with a frozen clock, a throttled
// destination, a suspended one; and no row left once the engine has ended.
#include "analysisrun.h"
#include "deliveryfixture.h"
#include "enginerun.h"
#include "engine/engine.h"
#include "freeport.h"
#include "process.h"
#include "relayprocess.h"
#include "store/connection.h"

#include <QCoreApplication>
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

// Fast snapshots, so that a test sees a change within a fraction of a second.
Engine::Options statOptions()
{
    Engine::Options options = test::fastEngineOptions();
    options.worker.statIntervalMs = 100;
    return options;
}

// "value|value|…" of the one row of the delivery's destination, or empty without one.
QString row(test::DeliveryFixture &fixture, const QStringList &columns)
{
    return fixture.value(u"SELECT (%1) FROM destination_stat WHERE delivery_id = %2"_qs
                             .arg(columns.join(u") || '|' || ("), QString::number(fixture.deliveryId())))
        .toString();
}

int rowCount(test::DeliveryFixture &fixture)
{
    return fixture.value(u"SELECT count(*) FROM destination_stat"_qs).toInt();
}

bool startEngine(Engine &engine, test::DeliveryFixture &fixture)
{
    if (!test::analyzeDelivery(fixture.temp().path(), fixture.writer(), fixture.deliveryId()))
        return false;
    QString error;
    if (!engine.start(fixture.deliveryId(), &error)) {
        qWarning("engine did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class TestDestinationStat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueAndRateFollowTheBudget()
    {
        test::RelayProcess relay;
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        test::DeliveryFixture fixture({u"a.test"_qs, u"b.test"_qs, u"c.test"_qs}, 15);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        addRule(fixture, 2, 100, 240); // 20 messages per five-minute window
        // What an engine killed mid-send left: the next engine of the delivery clears it.
        fixture.writer().submit([id = fixture.deliveryId()](QSqlDatabase &db) {
            execute(db, u"INSERT INTO destination_stat VALUES (%1, 'gone.example:25', '*', 7, 1, 1, 1, 1, 0, 'normal', NULL, 1)"_qs.arg(id));
        }).waitForFinished();

        constexpr qint64 window = 5 * 60 * 1000;
        std::atomic<qint64> clock{1'800'000'000'000 / window * window};
        Engine::Options options = statOptions();
        options.clockMs = [&clock] { return clock.load(); };
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(startEngine(engine, fixture));

        // The three domains go to the relay: one destination, one queue. The window's budget is
        // spent after 20; the other 25 wait in the queue while the clock stands still.
        const QString destination = u"127.0.0.1:%1"_qs.arg(relay.port());
        QTRY_COMPARE_WITH_TIMEOUT(row(fixture, {u"destination"_qs, u"queued"_qs, u"rate_per_minute"_qs, u"deferrals"_qs, u"state"_qs}),
                                  destination + u"|25|20|0|normal"_qs, 20000);
        QCOMPARE(rowCount(fixture), 1); // the stale row is gone
        QCOMPARE(row(fixture, {u"rule_mask"_qs, u"max_connections"_qs, u"coalesce(until, 'none')"_qs, u"updated_at"_qs}),
                 u"127.0.0.?|2|none|%1"_qs.arg(clock.load() / 1000));
        QVERIFY(row(fixture, {u"connections"_qs}).toInt() <= 2);

        // Five minutes later: a new budget; the rate counts only what went out in the last
        // minute (20, not the 40 sent so far).
        clock += window;
        QTRY_COMPARE_WITH_TIMEOUT(row(fixture, {u"queued"_qs, u"rate_per_minute"_qs}), u"5|20"_qs, 20000);
        clock += window;
        QVERIFY(finished.wait(20000));
        QCOMPARE(fixture.statusCounts(), u"2:45"_qs);
        QCOMPARE(rowCount(fixture), 0);
    }

    void throttledDestinationThenRowsGo()
    {
        // Every address is throttled once (421 at RCPT, which closes the connection), then accepted.
        const QString profile = QDir::temp().filePath(u"diffusion-stat-throttle-%1.json"_qs.arg(QCoreApplication::applicationPid()));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"match": "*@slow.test", "reply": "421 4.7.0 Rate limited, try again later", "count": 1}]})");
        file.close();
        test::RelayProcess relay({u"--profile"_qs, profile});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        QFile::remove(profile);
        test::DeliveryFixture fixture({u"slow.test"_qs}, 40);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, relay.port());
        addRule(fixture, 8, 5, 0);
        // Retry times are whole seconds: with a delay of one, the retries could come a few
        // milliseconds after the last 421 and end the delivery before the row was read.
        Engine::Options options = statOptions();
        options.retry.firstDelayS = 2;
        options.retry.maxDelayS = 2;
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(startEngine(engine, fixture));

        // Throttled for the backoff period (5 minutes), with the connection window down.
        // The retries pass one to two seconds later and the delivery ends.
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = row(fixture, {u"state"_qs, u"until - updated_at"_qs, u"connection_window"_qs, u"deferrals"_qs}))
                                     .startsWith(u"throttled|"_qs), 30000);
        const QStringList values = seen.split(u'|');
        QVERIFY2(values.at(1).toInt() >= 280 && values.at(1).toInt() <= 300, qPrintable(seen));
        QVERIFY2(values.at(2).toInt() < 5, qPrintable(seen)); // the initial window, halved at least once
        QVERIFY2(values.at(3).toInt() > 0, qPrintable(seen));

        QVERIFY(finished.wait(60000));
        QCOMPARE(fixture.statusCounts(), u"2:40"_qs);
        QCOMPARE(test::sqliteValue(fixture.temp().path(), u"SELECT count(*) FROM destination_stat"_qs), u"0"_qs);
    }

    void suspendedDestinationUntilStopped()
    {
        const quint16 closed = test::freePort(); // nothing listens there
        test::DeliveryFixture fixture({u"dead.test"_qs}, 10);
        fixture.route(u"*"_qs, u"127.0.0.1"_qs, closed);
        Engine::Options options = statOptions();
        options.worker.suspendMs = 60 * 1000;
        Engine engine(fixture.temp().path(), fixture.writer(), options);
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(startEngine(engine, fixture));

        // Three connections refused: suspended for a minute, its queue handed back as deferred
        // (the retries then wait in the queue until the suspension ends).
        QTRY_COMPARE_WITH_TIMEOUT(row(fixture, {u"state"_qs, u"connections"_qs, u"deferrals"_qs}), u"suspended|0|10"_qs, 30000);
        const int left = row(fixture, {u"until - updated_at"_qs}).toInt();
        QVERIFY2(left >= 58 && left <= 60, qPrintable(QString::number(left)));
        engine.stop();
        QVERIFY(finished.wait(20000));
        QCOMPARE(rowCount(fixture), 0);
        test::releasePort(closed);
    }
};

QTEST_GUILESS_MAIN(TestDestinationStat)
#include "tst_destinationstat.moc"
