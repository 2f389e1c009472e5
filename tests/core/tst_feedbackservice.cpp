#include "deliveryfixture.h"

#include "analysisrun.h"
#include "feedback/feedbackservice.h"
#include "feedback/qualifier.h"
#include "store/connection.h"
#include "store/storewriter.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace diffusion;

namespace {

constexpr qint64 start = 1'800'000'000;

// "550 5.1.1 User unknown" → the reply a server would give.
SmtpReply replyOf(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{3})(?: (\\d\\.\\d{1,3}\\.\\d{1,3}))?(?: (.*))?$"_qs);
    const QRegularExpressionMatch match = form.match(text);
    Q_ASSERT(match.hasMatch());
    return {match.captured(1).toInt(), match.captured(2), {match.captured(3)}};
}

// One step of a message's life, written as in the spec's table:
//   "250 2.0.0 Ok"                         the server accepted it
//   "retry 452 4.2.2 Mailbox full"         a soft reply, another attempt is scheduled
//   "last 452 4.2.2 Mailbox full"          a soft reply, and the validity period is over
//   "550 5.1.1 User unknown"               a permanent reply
//   "async 550 5.1.1 User unknown"         a bounce received after the session (a DSN)
MessageEvent eventOf(const Qualifier &qualifier, qint64 broadlogId, const QString &step, qint64 at)
{
    MessageEvent event;
    event.broadlogId = broadlogId;
    event.at = at;
    QString text = step;
    for (const QString &prefix : {u"retry "_qs, u"last "_qs, u"async "_qs}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    event.outcome.id = broadlogId;
    event.outcome.reply = replyOf(text);
    event.outcome.host = u"mx.test"_qs;
    event.outcome.phase = SmtpPhase::RcptTo;
    const int code = event.outcome.reply.code;
    event.outcome.kind = code < 400 ? SmtpOutcome::Kind::Accepted
        : code < 500 ? SmtpOutcome::Kind::Deferred : SmtpOutcome::Kind::Rejected;
    if (event.outcome.kind != SmtpOutcome::Kind::Accepted)
        event.qualification = qualifier.qualify(event.outcome).qualification; // the workspace's default rules
    event.nextAttemptAt = step.startsWith(u"retry "_qs) ? at + 1200 : 0;
    event.asynchronous = step.startsWith(u"async "_qs);
    return event;
}

} // namespace

class TestFeedbackService : public QObject
{
    Q_OBJECT

    struct Live {
        QString kpis; // the KPI row as the console reads it
        QString recount;
    };

    // The incremental KPIs and the full recount, in the same shape.
    static Live kpisOf(test::DeliveryFixture &fixture)
    {
        const QString columns = u"to_deliver || ' ' || pending || ' ' || taken_into_account || ' ' || sent || ' ' || failed "
                                "|| ' ' || ignored || ' ' || canceled || ' ' || hard_bounces || ' ' || soft_bounces || ' ' "
                                "|| processed || ' ' || success_rate"_qs;
        return {fixture.value(u"SELECT "_qs + columns + u" FROM v_delivery_kpi_live"_qs).toString(),
                fixture.value(u"SELECT "_qs + columns + u" FROM v_delivery_kpi"_qs).toString()};
    }

    static Qualifier qualifierOf(test::DeliveryFixture &fixture)
    {
        ReadConnection reader(fixture.temp().path());
        return Qualifier::load(reader.db());
    }

    static void startDelivery(test::DeliveryFixture &fixture)
    {
        const qint64 id = fixture.deliveryId();
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), id, false));
        fixture.writer().submit([id](QSqlDatabase &db) { FeedbackService::takeIntoAccount(db, id, start); }).waitForFinished();
    }

    static void apply(test::DeliveryFixture &fixture, const QList<MessageEvent> &events)
    {
        fixture.writer().submit([events](QSqlDatabase &db) { FeedbackService::apply(db, events); }).waitForFinished();
    }

    // Per domain, the incremental rows against a recount of the log.
    static void compareDomains(test::DeliveryFixture &fixture)
    {
        const QString live = fixture.value(
            u"SELECT group_concat(domain || ':' || pending || ',' || taken_into_account || ',' || sent || ',' || failed || ',' "
            "|| ignored || ',' || canceled || ',' || hard_bounces || ',' || soft_bounces, ' ') FROM "
            "(SELECT * FROM delivery_kpi_domain ORDER BY domain)"_qs).toString();
        const QString recount = fixture.value(
            u"SELECT group_concat(d, ' ') FROM (SELECT domain || ':' || SUM(status = 0) || ',' || SUM(status = 1) || ',' "
            "|| SUM(status = 2) || ',' || SUM(status = 3) || ',' || SUM(status = 4) || ',' || SUM(status = 5) || ',' "
            "|| SUM(status = 3 AND failure_type IS 2) || ',' || SUM(status IN (1, 3) AND failure_type IS 1) AS d "
            "FROM broadlog GROUP BY domain ORDER BY domain)"_qs).toString();
        QCOMPARE(live, recount);
        const QString liveReasons = fixture.value(
            u"SELECT group_concat(reason || ':' || messages, ' ') FROM (SELECT * FROM delivery_kpi_reason "
            "WHERE messages > 0 ORDER BY reason)"_qs).toString();
        const QString recountReasons = fixture.value(
            u"SELECT group_concat(r, ' ') FROM (SELECT failure_reason || ':' || count(*) AS r FROM broadlog "
            "WHERE failure_reason IS NOT NULL GROUP BY failure_reason ORDER BY failure_reason)"_qs).toString();
        QCOMPARE(liveReasons, recountReasons);
    }

private Q_SLOTS:
    // The spec's EFS table (email-delivery.md §3), a row each, plus the transitions around it.
    void efsTable_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("row");   // status type reason retries, as stored
        QTest::addColumn<QString>("kpis");  // to_deliver pending taken sent failed ignored canceled hard soft processed success%
        QTest::addColumn<QString>("quarantine"); // the address: status and counted errors, "-" when it has no row

        QTest::newRow("relayed to the MTA") << QStringList{}
            << u"1 - - 0"_qs << u"1 0 1 0 0 0 0 0 0 1 0.0"_qs << u"-"_qs;
        QTest::newRow("hard bounce") << QStringList{u"550 5.1.1 User unknown"_qs}
            << u"3 2 1 0"_qs << u"1 0 0 0 1 0 0 1 0 1 0.0"_qs << u"2 1"_qs;
        QTest::newRow("soft bounce: status unchanged, reason updated") << QStringList{u"retry 452 4.2.2 Mailbox full"_qs}
            << u"1 1 5 1"_qs << u"1 0 1 0 0 0 0 0 1 1 0.0"_qs << u"1 1"_qs;
        QTest::newRow("soft-bounce retry succeeds") << QStringList{u"retry 452 4.2.2 Mailbox full"_qs, u"250 2.0.0 Ok"_qs}
            << u"2 - - 1"_qs << u"1 0 0 1 0 0 0 0 0 1 100.0"_qs << u"0 0"_qs;
        QTest::newRow("soft-bounce retries fail until the validity ends")
            << QStringList{u"retry 452 4.2.2 Mailbox full"_qs, u"last 452 4.2.2 Mailbox full"_qs}
            << u"3 1 5 1"_qs << u"1 0 0 0 1 0 0 0 1 1 0.0"_qs << u"1 1"_qs;
        // A policy refusal is about the sender: Failed at once, but the address stays out of quarantine.
        QTest::newRow("a 5xx is never retried") << QStringList{u"retry 554 5.7.1 Refused"_qs}
            << u"3 3 20 0"_qs << u"1 0 0 0 1 0 0 0 0 1 0.0"_qs << u"-"_qs;
        QTest::newRow("duplicate 250 after Failed changes nothing") << QStringList{u"550 5.1.1 User unknown"_qs, u"250 2.0.0 Ok"_qs}
            << u"3 2 1 0"_qs << u"1 0 0 0 1 0 0 1 0 1 0.0"_qs << u"2 1"_qs;
        QTest::newRow("late soft bounce after Sent changes nothing") << QStringList{u"250 2.0.0 Ok"_qs, u"retry 451 4.3.0 Try later"_qs}
            << u"2 - - 0"_qs << u"1 0 0 1 0 0 0 0 0 1 100.0"_qs << u"-"_qs;
        QTest::newRow("synchronous hard bounce after Sent changes nothing") << QStringList{u"250 2.0.0 Ok"_qs, u"550 5.1.1 User unknown"_qs}
            << u"2 - - 0"_qs << u"1 0 0 1 0 0 0 0 0 1 100.0"_qs << u"-"_qs;
        QTest::newRow("asynchronous hard bounce after Sent: Failed") << QStringList{u"250 2.0.0 Ok"_qs, u"async 550 5.1.1 User unknown"_qs}
            << u"3 2 1 0"_qs << u"1 0 0 0 1 0 0 1 0 1 0.0"_qs << u"2 1"_qs;
        // The status and KPIs stay; the address's error count hears of it (a mailbox full behind a relay).
        QTest::newRow("asynchronous soft bounce after Sent: counted by the quarantine only")
            << QStringList{u"250 2.0.0 Ok"_qs, u"async 452 4.2.2 Mailbox full"_qs}
            << u"2 - - 0"_qs << u"1 0 0 1 0 0 0 0 0 1 100.0"_qs << u"1 1"_qs;
    }

    void efsTable()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, row);
        QFETCH(QString, kpis);
        QFETCH(QString, quarantine);
        test::DeliveryFixture fixture({u"a.test"_qs}, 1);
        startDelivery(fixture);
        const qint64 id = fixture.value(u"SELECT id FROM broadlog"_qs).toLongLong();
        qint64 at = start;
        for (const QString &step : std::as_const(steps))
            apply(fixture, {eventOf(qualifierOf(fixture), id, step, at += 60)});

        QCOMPARE(fixture.value(u"SELECT status || ' ' || COALESCE(failure_type, '-') || ' ' || COALESCE(failure_reason, '-') "
                               "|| ' ' || retries FROM broadlog"_qs).toString(), row);
        const Live live = kpisOf(fixture);
        QCOMPARE(live.kpis, kpis);
        QCOMPARE(live.kpis, live.recount);
        compareDomains(fixture);
        const QString book = fixture.value(u"SELECT status || ' ' || error_count FROM quarantine WHERE address = "
                                           "(SELECT address FROM broadlog)"_qs).toString();
        QCOMPARE(book.isEmpty() ? u"-"_qs : book, quarantine);
    }

    // Many messages on several domains, every kind of outcome, in batches and out of order, with
    // duplicates: the incremental KPIs equal the recount at every step.
    void incrementalKpisMatchARecount()
    {
        test::DeliveryFixture fixture({u"a.test"_qs, u"b.test"_qs, u"c.test"_qs}, 40);
        startDelivery(fixture);
        QList<qint64> ids;
        const QStringList all = fixture.value(u"SELECT group_concat(id) FROM broadlog"_qs).toString().split(u',');
        for (const QString &id : all)
            ids.append(id.toLongLong());
        const Qualifier qualifier = qualifierOf(fixture);
        const QStringList outcomes{u"250 2.0.0 Ok"_qs, u"retry 452 4.2.2 Mailbox full"_qs, u"550 5.1.1 User unknown"_qs,
                                   u"retry 421 4.7.0 Rate limited"_qs, u"last 451 4.4.1 No answer"_qs, u"async 550 5.1.1 Gone"_qs};
        qint64 at = start;
        for (int round = 0; round < 4; ++round) {
            QList<MessageEvent> batch;
            for (int i = 0; i < ids.size(); ++i)
                batch.append(eventOf(qualifier, ids[i], outcomes[(i * 7 + round * 3) % outcomes.size()], at += 7));
            batch += batch.mid(0, 10); // duplicates in the same batch
            apply(fixture, batch);
            const Live live = kpisOf(fixture);
            QCOMPARE(live.kpis, live.recount);
            compareDomains(fixture);
        }
        // The throughput report counts every outcome once per event applied.
        QVERIFY(fixture.value(u"SELECT SUM(sent + failed + deferred) FROM delivery_throughput"_qs).toInt() > 0);
        QCOMPARE(fixture.value(u"SELECT count(DISTINCT minute) > 1 FROM delivery_throughput"_qs).toInt(), 1);
    }

    void expiryCancelsPendingAndFailsWaitingMessages()
    {
        test::DeliveryFixture fixture({u"a.test"_qs}, 3);
        const qint64 deliveryId = fixture.deliveryId();
        QVERIFY(test::analyzeDelivery(fixture.temp().path(), fixture.writer(), deliveryId, false));
        // One message taken into account and deferred; the others never left Pending.
        const qint64 first = fixture.value(u"SELECT min(id) FROM broadlog"_qs).toLongLong();
        fixture.writer().submit([first](QSqlDatabase &db) {
            execute(db, u"UPDATE broadlog SET status = 1 WHERE id = %1"_qs.arg(first));
        }).waitForFinished();
        apply(fixture, {eventOf(qualifierOf(fixture), first, u"retry 452 4.2.2 Mailbox full"_qs, start + 10)});
        const qint64 moved = fixture.writer().submit([deliveryId](QSqlDatabase &db) {
            return FeedbackService::expire(db, deliveryId, start + 5 * 86400);
        }).result();
        QCOMPARE(moved, 3);
        QCOMPARE(fixture.statusCounts(), u"3:1 5:2"_qs);
        QCOMPARE(fixture.value(u"SELECT failure_reason FROM broadlog WHERE status = 3"_qs).toInt(), int(FailureReason::MailboxFull));
        const Live live = kpisOf(fixture);
        QCOMPARE(live.kpis, live.recount);
        compareDomains(fixture);
    }

    void stopCancelsWhatIsNotSent()
    {
        test::DeliveryFixture fixture({u"a.test"_qs}, 4);
        startDelivery(fixture);
        const qint64 first = fixture.value(u"SELECT min(id) FROM broadlog"_qs).toLongLong();
        apply(fixture, {eventOf(qualifierOf(fixture), first, u"250 2.0.0 Ok"_qs, start + 1)});
        const qint64 deliveryId = fixture.deliveryId();
        const qint64 moved = fixture.writer().submit([deliveryId](QSqlDatabase &db) {
            return FeedbackService::cancelOpen(db, deliveryId, start + 2);
        }).result();
        QCOMPARE(moved, 3);
        QCOMPARE(fixture.statusCounts(), u"2:1 5:3"_qs);
        const Live live = kpisOf(fixture);
        QCOMPARE(live.kpis, live.recount);
    }
};

QTEST_GUILESS_MAIN(TestFeedbackService)
#include "tst_feedbackservice.moc"
