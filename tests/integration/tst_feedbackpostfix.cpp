// The feedback loop end to end (../shared/spec/email-delivery.md §2–§7): one delivery sent by the
// engine to a real Postfix on loopback, whose recipients are accepted, unknown (550 5.1.1),
// deferred once (450 4.2.0, accepted on the retry after the server's access map changed) or
// deferred until the validity period ends (450 4.2.0, then 452 4.2.2 Mailbox full). The engine
// runs on an injected clock: a retry happens when the test moves the clock past its time, not
// minutes later. Statuses, reasons, retries, the incremental KPIs against the full recount of
// the log, the quarantine, the mailboxes and `diffusion-cli status --json` are then read back by
// other programs (sqlite3, diffusion-cli) and checked against the plan below.
#include "deliveryfixture.h"
#include "analysisrun.h"
#include "domain/codes.h"
#include "enginerun.h"
#include "engine/engine.h"
#include "postfixserver.h"
#include "process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <cmath>
#include <functional>
#include <map>
#include <optional>

using namespace diffusion;

namespace {

enum class Fate {
    Accepted,         // 250 at once
    Unknown,          // 550 5.1.1 User unknown: a hard bounce
    DeferredOnce,     // 450 4.2.0, then 250 on the retry
    DeferredToTheEnd, // 450 4.2.0, then 452 4.2.2 Mailbox full until the validity ends
};
using enum Fate;

// What Postfix does with each recipient DeliveryFixture creates (user<N>@<domain>, N from 0).
const std::map<QString, QList<Fate>> plan{
    {u"a.test"_qs, {Accepted, Unknown, DeferredOnce, DeferredToTheEnd, Accepted, Accepted, DeferredOnce}},
    {u"b.test"_qs, {Unknown, Accepted, DeferredToTheEnd, Accepted, Unknown, DeferredOnce, Accepted}},
};
constexpr int perDomain = 7;

const QString firstDeferral = u"450 4.2.0 Mailbox in maintenance"_qs;
const QString mailboxFull = u"452 4.2.2 Mailbox full"_qs;
constexpr qint64 validitySeconds = 3600;
constexpr qint64 startMs = 1'800'000'000'000; // the injected clock at the start

struct Recipient {
    QString address;
    QString domain;
    Fate fate;
};

QList<Recipient> recipients(std::optional<Fate> fate = {}, const QString &domain = {})
{
    QList<Recipient> result;
    for (const auto &[name, fates] : plan) {
        for (int i = 0; i < fates.size(); ++i) {
            if ((!fate || fates[i] == *fate) && (domain.isEmpty() || domain == name))
                result.append({u"user%1@%2"_qs.arg(i).arg(name), name, fates[i]});
        }
    }
    return result;
}

qsizetype countOf(Fate fate, const QString &domain = {})
{
    return recipients(fate, domain).size();
}

// One line per recipient of `fates`, ordered by address as SQLite orders them.
QString lines(const QList<Fate> &fates, const std::function<QString(const Recipient &)> &line)
{
    QStringList result;
    for (const Recipient &recipient : recipients()) {
        if (fates.contains(recipient.fate))
            result.append(line(recipient));
    }
    result.sort();
    return result.join(u'\n');
}

// Messages per status and bounce kind, as the KPI views count them.
struct Counts {
    qsizetype taken = 0;
    qsizetype sent = 0;
    qsizetype failed = 0;
    qsizetype hard = 0;
    qsizetype soft = 0;

    qsizetype toDeliver() const { return taken + sent + failed; }
    double successRate() const { return std::round(10000.0 * double(sent) / double(toDeliver())) / 100; }
    // to_deliver|pending|taken_into_account|sent|failed|ignored|canceled|hard_bounces|soft_bounces|processed
    QString viewColumns() const
    {
        return u"%1|0|%2|%3|%4|0|0|%5|%6|%1"_qs.arg(toDeliver()).arg(taken).arg(sent).arg(failed).arg(hard).arg(soft);
    }
    QJsonObject json() const
    {
        return {{u"toDeliver"_qs, toDeliver()}, {u"pending"_qs, 0}, {u"takenIntoAccount"_qs, taken}, {u"sent"_qs, sent},
                {u"failed"_qs, failed}, {u"ignored"_qs, 0}, {u"canceled"_qs, 0}, {u"hardBounces"_qs, hard},
                {u"softBounces"_qs, soft}, {u"processed"_qs, toDeliver()}};
    }
};

// The KPIs once every message has its final status.
Counts finalCounts(const QString &domain = {})
{
    const qsizetype unknown = countOf(Unknown, domain);
    const qsizetype endless = countOf(DeferredToTheEnd, domain);
    return {0, countOf(Accepted, domain) + countOf(DeferredOnce, domain), unknown + endless, unknown, endless};
}

} // namespace

class TestFeedbackPostfix final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PostfixServer> m_postfix;
    std::unique_ptr<test::DeliveryFixture> m_fixture;

    QString workspace() const { return m_fixture->temp().path(); }
    QString sql(const QString &query) const { return test::sqliteValue(workspace(), query.arg(m_fixture->deliveryId())); }

    // Messages of the delivery matching `where`, read by the engine's own library while it runs.
    int rows(const QString &where) const
    {
        return m_fixture->value(u"SELECT count(*) FROM broadlog WHERE delivery_id = %1 AND (%2)"_qs
                                    .arg(m_fixture->deliveryId()).arg(where)).toInt();
    }

    // The live KPIs (tables kept by FeedbackService) and the full recount of the log, read in one
    // statement so that both describe the same moment.
    std::pair<QString, QString> kpiViews() const
    {
        const QStringList both = sql(u"SELECT 1, * FROM v_delivery_kpi_live WHERE delivery_id = %1 UNION ALL "
                                     "SELECT 2, * FROM v_delivery_kpi WHERE delivery_id = %1 ORDER BY 1"_qs).split(u'\n');
        if (both.size() != 2)
            return {both.join(u'\n'), {}};
        return {both[0].mid(2), both[1].mid(2)};
    }

    QString liveKpis() const
    {
        return sql(u"SELECT to_deliver, pending, taken_into_account, sent, failed, ignored, canceled, hard_bounces, "
                   "soft_bounces, processed FROM v_delivery_kpi_live WHERE delivery_id = %1"_qs);
    }

    double liveSuccessRate() const
    {
        return sql(u"SELECT success_rate FROM v_delivery_kpi_live WHERE delivery_id = %1"_qs).toDouble();
    }

    // Messages per failure reason: from delivery_kpi_reason, and counted again in the log.
    std::pair<QString, QString> reasonCounts() const
    {
        return {sql(u"SELECT reason, messages FROM delivery_kpi_reason WHERE delivery_id = %1 AND messages <> 0 ORDER BY reason"_qs),
                sql(u"SELECT failure_reason, count(*) FROM broadlog WHERE delivery_id = %1 AND failure_reason IS NOT NULL "
                    "GROUP BY failure_reason ORDER BY failure_reason"_qs)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::PostfixServer::Options options;
        std::map<QString, QString> deferrals;
        for (const Recipient &recipient : recipients()) {
            if (recipient.fate != Unknown)
                options.users.append(recipient.address);
            if (recipient.fate == DeferredOnce || recipient.fate == DeferredToTheEnd)
                deferrals[recipient.address] = firstDeferral;
        }
        options.recipientAccess = deferrals;
        m_postfix = std::make_unique<test::PostfixServer>(options);
        QVERIFY2(m_postfix->start(), qPrintable(m_postfix->errorString()));

        QStringList domains;
        for (const auto &[domain, fates] : plan) {
            QCOMPARE(fates.size(), perDomain);
            domains.append(domain);
        }
        m_fixture = std::make_unique<test::DeliveryFixture>(domains, perDomain);
        for (const QString &domain : std::as_const(domains))
            m_fixture->route(domain, m_postfix->host(), m_postfix->port());
        m_fixture->setValidity(validitySeconds);

        std::atomic<qint64> clock{startMs};
        Engine::Options engineOptions = test::fastEngineOptions(); // retries 1 s after a deferral, no jitter
        engineOptions.clockMs = [&clock] { return clock.load(); };
        Engine engine(workspace(), m_fixture->writer(), engineOptions);
        QSignalSpy finished(&engine, &Engine::finished);
        QString error;
        QVERIFY(test::analyzeDelivery(m_fixture->temp().path(), m_fixture->writer(), m_fixture->deliveryId()));
        QVERIFY2(engine.start(m_fixture->deliveryId(), &error), qPrintable(error));
        const qsizetype total = recipients().size();

        // First attempt: the deferred messages stay Taken into account, with a soft reason and
        // their next attempt; the success rate counts only the 250s (EFS table, §3).
        QTRY_COMPARE_WITH_TIMEOUT(rows(u"status IN (2, 3) OR retries = 1"_qs), total, 15000);
        QCOMPARE(sql(u"SELECT address, status, failure_type, failure_reason IS NOT NULL, next_attempt_at > 0, "
                     "substr(last_reply, 1, 9) FROM broadlog WHERE delivery_id = %1 AND retries > 0 ORDER BY address"_qs),
                 lines({DeferredOnce, DeferredToTheEnd}, [](const Recipient &r) -> QString { return r.address + u"|1|1|1|1|450 4.2.0"_qs; }));
        const qsizetype deferred = countOf(DeferredOnce) + countOf(DeferredToTheEnd);
        const Counts afterFirst{deferred, countOf(Accepted), countOf(Unknown), countOf(Unknown), deferred};
        auto [live, recount] = kpiViews();
        QCOMPARE(live, recount);
        QCOMPARE(liveKpis(), afterFirst.viewColumns());
        QCOMPARE(liveSuccessRate(), afterFirst.successRate());
        auto [reasons, reasonsRecount] = reasonCounts();
        QCOMPARE(reasons, reasonsRecount);

        // The server now accepts the ones deferred once, and finds the others' mailboxes full.
        std::map<QString, QString> stillRefused;
        for (const Recipient &recipient : recipients(DeferredToTheEnd))
            stillRefused[recipient.address] = mailboxFull;
        QVERIFY2(m_postfix->setRecipientAccess(stillRefused), qPrintable(m_postfix->errorString()));
        const qint64 retryAt = m_fixture->value(u"SELECT max(next_attempt_at) FROM broadlog WHERE delivery_id = %1"_qs
                                                    .arg(m_fixture->deliveryId())).toLongLong();
        QVERIFY(retryAt * 1000 > clock.load());
        clock = retryAt * 1000;

        // The retry: Sent with the reason cleared; the others stay Taken into account, their
        // reason updated to the last reply's.
        QTRY_COMPARE_WITH_TIMEOUT(rows(u"status IN (2, 3) OR retries = 2"_qs), total, 15000);
        QCOMPARE(sql(u"SELECT address, status, failure_type, failure_reason, retries, substr(last_reply, 1, 9) FROM broadlog "
                     "WHERE delivery_id = %1 AND retries > 0 ORDER BY address"_qs),
                 lines({DeferredOnce, DeferredToTheEnd}, [](const Recipient &r) -> QString {
                     return r.fate == DeferredOnce ? r.address + u"|2|||1|250 2.0.0"_qs : r.address + u"|1|1|5|2|452 4.2.2"_qs;
                 }));
        const Counts afterRetry{countOf(DeferredToTheEnd), countOf(Accepted) + countOf(DeferredOnce), countOf(Unknown),
                                countOf(Unknown), countOf(DeferredToTheEnd)};
        std::tie(live, recount) = kpiViews();
        QCOMPARE(live, recount);
        QCOMPARE(liveKpis(), afterRetry.viewColumns());
        QCOMPARE(liveSuccessRate(), afterRetry.successRate());
        std::tie(reasons, reasonsRecount) = reasonCounts();
        QCOMPARE(reasons, reasonsRecount);

        // The last attempt within the validity: its retry would fall at the end of the period,
        // so the message fails with the last reason (§6).
        const qint64 validUntil = m_fixture->value(u"SELECT valid_until FROM delivery WHERE id = %1"_qs
                                                       .arg(m_fixture->deliveryId())).toLongLong();
        QCOMPARE(validUntil, startMs / 1000 + validitySeconds);
        clock = (validUntil - 1) * 1000;
        QVERIFY(finished.wait(15000));
        QCOMPARE(engine.failure(), QString());
        QVERIFY(m_postfix->waitForEmptyQueue());
    }

    void everyRecipientHasItsFinalStatus()
    {
        // address|status|failure_type|failure_reason|retries|reply
        QCOMPARE(sql(u"SELECT address, status, failure_type, failure_reason, retries, substr(last_reply, 1, 9) "
                     "FROM broadlog WHERE delivery_id = %1 ORDER BY address"_qs),
                 lines({Accepted, Unknown, DeferredOnce, DeferredToTheEnd}, [](const Recipient &r) -> QString {
                     switch (r.fate) {
                     case Accepted:
                         return r.address + u"|2|||0|250 2.0.0"_qs;
                     case Unknown:
                         return r.address + u"|3|2|1|0|550 5.1.1"_qs;
                     case DeferredOnce:
                         return r.address + u"|2|||1|250 2.0.0"_qs;
                     case DeferredToTheEnd:
                         return r.address + u"|3|1|5|2|452 4.2.2"_qs;
                     }
                     return QString();
                 }));
        QCOMPARE(sql(u"SELECT state FROM delivery WHERE id = %1"_qs), QString::number(int(DeliveryState::Finished)));
    }

    void liveKpisEqualTheRecount()
    {
        const auto [live, recount] = kpiViews();
        QCOMPARE(live, recount);
        QCOMPARE(liveKpis(), finalCounts().viewColumns());
        QCOMPARE(liveSuccessRate(), finalCounts().successRate());
    }

    void reasonCountsFollowTheLastReasons()
    {
        const auto [reasons, recount] = reasonCounts();
        QCOMPARE(reasons, recount);
        QCOMPARE(reasons, u"%1|%2\n%3|%4"_qs.arg(int(FailureReason::UserUnknown)).arg(countOf(Unknown))
                              .arg(int(FailureReason::MailboxFull)).arg(countOf(DeferredToTheEnd)));
    }

    void mailboxesHoldTheSentMessages()
    {
        for (const Recipient &recipient : recipients()) {
            const bool sent = recipient.fate == Accepted || recipient.fate == DeferredOnce;
            QVERIFY2(m_postfix->messages(recipient.address).size() == (sent ? 1 : 0), qPrintable(recipient.address));
        }
    }

    void statusCommandAgrees()
    {
        const test::ProcessResult status = test::runCli({u"status"_qs, u"--workspace"_qs, workspace(),
                                                         QString::number(m_fixture->deliveryId()), u"--json"_qs});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QJsonParseError parseError;
        QJsonObject json = QJsonDocument::fromJson(status.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

        QCOMPARE(json.take(u"successRate"_qs).toDouble(), finalCounts().successRate());
        const QJsonObject expected = finalCounts().json();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(json.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(json.value(u"reasons"_qs).toObject(),
                 (QJsonObject{{u"user_unknown"_qs, countOf(Unknown)}, {u"mailbox_full"_qs, countOf(DeferredToTheEnd)}}));

        const QJsonObject domains = json.value(u"domains"_qs).toObject();
        QStringList planned;
        for (const auto &[domain, fates] : plan)
            planned.append(domain);
        QCOMPARE(domains.keys(), planned);
        for (const QString &domain : domains.keys()) {
            QJsonObject counts = domains.value(domain).toObject();
            QCOMPARE(counts.take(u"successRate"_qs).toDouble(), finalCounts(domain).successRate());
            QCOMPARE(counts, finalCounts(domain).json());
        }
    }

    // Last: the quarantine integration may not have landed yet.
    void hardBouncesAreQuarantined()
    {
        QCOMPARE(test::sqliteValue(workspace(), u"SELECT address, reason FROM quarantine WHERE status = %1 ORDER BY address"_qs
                                                    .arg(int(AddressStatus::Quarantine))),
                 lines({Unknown}, [](const Recipient &r) -> QString { return r.address + u'|' + QString::number(int(FailureReason::UserUnknown)); }));
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_postfix.reset();
    }
};

QTEST_GUILESS_MAIN(TestFeedbackPostfix)
#include "tst_feedbackpostfix.moc"
