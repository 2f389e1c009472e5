#include "feedbackservice.h"

#include "domain/codes.h"
#include "kpi/kpiledger.h"
#include "quarantine/quarantinebook.h"
#include "qualification.h"
#include "unqualifiedreplies.h"
#include "store/connection.h"
#include "store/sqlstatement.h"

namespace diffusion {

namespace {

constexpr const char *phaseNames[] = {"connect", "greeting", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "body", "quit"};
constexpr const char *outcomeNames[] = {"accepted", "rejected", "deferred", "connection_error"};

constexpr int Pending = int(MessageStatus::Pending);
constexpr int TakenIntoAccount = int(MessageStatus::TakenIntoAccount);
constexpr int Sent = int(MessageStatus::Sent);
constexpr int Failed = int(MessageStatus::Failed);

bool isOpen(int status)
{
    return status == Pending || status == TakenIntoAccount;
}

qint64 runCounted(QSqlDatabase &db, std::string_view sql, qint64 deliveryId, qint64 at)
{
    SqlStatement statement(sqliteHandle(db), sql);
    statement.bind(1, at);
    statement.bind(2, deliveryId);
    statement.run();
    return queryValue(db, u"SELECT changes()"_qs).toLongLong();
}

} // namespace

qint64 FeedbackService::takeIntoAccount(QSqlDatabase &db, qint64 deliveryId, qint64 at, qint64 firstId, qint64 lastId)
{
    SqlStatement take(sqliteHandle(db), "UPDATE broadlog SET status = 1, updated_at = ? WHERE delivery_id = ? AND status = 0 "
                                        "AND id BETWEEN ? AND ? RETURNING domain");
    take.bind(1, at);
    take.bind(2, deliveryId);
    take.bind(3, firstId);
    take.bind(4, lastId);
    KpiLedger kpis;
    qint64 moved = 0;
    for (; take.step(); ++moved)
        kpis.move(deliveryId, take.columnUtf8(0), {Pending}, {TakenIntoAccount});
    kpis.write(db);
    return moved;
}

void FeedbackService::apply(QSqlDatabase &db, const QList<MessageEvent> &events)
{
    sqlite3 *handle = sqliteHandle(db);
    // Proofs go to test addresses: their outcomes never touch the quarantine.
    SqlStatement current(handle, "SELECT b.delivery_id, b.domain, b.status, b.failure_type, b.failure_reason, b.address, "
                                 "d.proof_of IS NOT NULL FROM broadlog b JOIN delivery d ON d.id = b.delivery_id WHERE b.id = ?");
    SqlStatement sent(handle, "UPDATE broadlog SET status = 2, failure_type = NULL, failure_reason = NULL, last_reply = ?, "
                              "mx_host = ?, updated_at = ?, sent_at = ?, next_attempt_at = NULL WHERE id = ?");
    SqlStatement failed(handle, "UPDATE broadlog SET status = 3, failure_type = ?, failure_reason = ?, last_reply = ?, "
                                "mx_host = ?, updated_at = ?, next_attempt_at = NULL WHERE id = ?");
    SqlStatement deferred(handle, "UPDATE broadlog SET failure_type = ?, failure_reason = ?, retries = retries + 1, "
                                  "last_reply = ?, mx_host = ?, updated_at = ?, next_attempt_at = ? WHERE id = ?");
    SqlStatement history(handle, "INSERT INTO delivery_event (broadlog_id, at, outcome, phase, reply, mx_host) VALUES (?, ?, ?, ?, ?, ?)");
    KpiLedger kpis;
    QuarantineBook quarantine(db);

    for (const MessageEvent &event : events) {
        current.bind(1, event.broadlogId);
        if (!current.step()) {
            current.reset();
            continue; // the delivery was deleted meanwhile
        }
        const qint64 deliveryId = current.columnInt64(0);
        const std::string domain(current.columnUtf8(1));
        const MessageState before{int(current.columnInt64(2)), int(current.columnInt64(3)),
                                  current.columnIsNull(4) ? -1 : int(current.columnInt64(4))};
        const QString address = current.columnText(5);
        const bool proof = current.columnInt64(6) != 0;
        current.reset();

        const SmtpOutcome &outcome = event.outcome;
        const QString reply = outcome.kind == SmtpOutcome::Kind::ConnectionError && outcome.reply.code == 0
            ? outcome.error : outcome.reply.toString();
        if (outcome.kind == SmtpOutcome::Kind::Accepted) {
            if (!isOpen(before.status))
                continue; // a duplicate: the message already has its final status
            sent.bind(1, reply);
            sent.bind(2, outcome.host);
            sent.bind(3, event.at);
            sent.bind(4, event.at);
            sent.bind(5, event.broadlogId);
            sent.run();
            // The 250 stays in the row itself (last_reply, mx_host, sent_at); delivery_event
            // would only repeat it for every message.
            kpis.move(deliveryId, domain, before, {Sent});
            kpis.count(deliveryId, KpiLedger::Outcome::Sent, event.at);
            if (!proof)
                quarantine.recordSuccess(address, event.at);
            continue;
        }

        const Qualification q = event.qualification.value_or(Qualification{});
        if (event.unqualified)
            UnqualifiedReplies::count(db, outcome.reply, event.at);
        const auto recordHistory = [&] {
            history.bind(1, event.broadlogId);
            history.bind(2, event.at);
            history.bind(3, std::string_view(outcomeNames[int(outcome.kind)]));
            // A bounce that came back by mail, after the session: its own phase in the history.
            history.bind(4, std::string_view(event.asynchronous ? "inmail" : phaseNames[int(outcome.phase)]));
            history.bind(5, reply);
            history.bind(6, outcome.host);
            history.run();
        };
        const bool hardAfterSent = event.asynchronous && before.status == Sent && q.type == FailureType::Hard;
        if (!isOpen(before.status) && !hardAfterSent) {
            // A later soft bounce of a Sent message (a DSN saying delivery is delayed, a mailbox
            // full behind a relay): the status stays, the history and the quarantine hear of it.
            if (event.asynchronous && before.status == Sent) {
                if (!proof)
                    quarantine.recordFailure(address, q.type, q.reason, reply, event.at);
                recordHistory();
            }
            continue; // late or duplicate: a final status never moves back
        }
        const bool retry = q.type != FailureType::Hard && outcome.kind != SmtpOutcome::Kind::Rejected && event.nextAttemptAt > 0;
        SqlStatement &update = retry ? deferred : failed;
        update.bind(1, qint64(q.type));
        update.bind(2, qint64(q.reason));
        update.bind(3, reply);
        update.bind(4, outcome.host);
        update.bind(5, event.at);
        if (retry) {
            update.bind(6, event.nextAttemptAt);
            update.bind(7, event.broadlogId);
        } else {
            update.bind(6, event.broadlogId);
        }
        update.run();
        kpis.move(deliveryId, domain, before, {retry ? before.status : Failed, int(q.type), int(q.reason)});
        kpis.count(deliveryId, retry ? KpiLedger::Outcome::Deferred : KpiLedger::Outcome::Failed, event.at);
        if (!proof)
            quarantine.recordFailure(address, q.type, q.reason, reply, event.at);

        recordHistory();
    }
    kpis.write(db);
}

qint64 FeedbackService::expire(QSqlDatabase &db, qint64 deliveryId, qint64 at)
{
    qint64 moved = runCounted(db, "UPDATE broadlog SET status = 5, updated_at = ?1, next_attempt_at = NULL "
                                  "WHERE delivery_id = ?2 AND status = 0", deliveryId, at);
    // A message that was never tried has no reason yet: Not defined, soft.
    moved += runCounted(db, "UPDATE broadlog SET status = 3, failure_type = COALESCE(failure_type, 1), "
                            "failure_reason = COALESCE(failure_reason, 0), updated_at = ?1, next_attempt_at = NULL "
                            "WHERE delivery_id = ?2 AND status = 1", deliveryId, at);
    if (moved > 0)
        KpiLedger::rebuild(db, deliveryId);
    return moved;
}

qint64 FeedbackService::cancelOpen(QSqlDatabase &db, qint64 deliveryId, qint64 at)
{
    const qint64 moved = runCounted(db, "UPDATE broadlog SET status = 5, updated_at = ?1, next_attempt_at = NULL "
                                        "WHERE delivery_id = ?2 AND status IN (0, 1)", deliveryId, at);
    if (moved > 0)
        KpiLedger::rebuild(db, deliveryId);
    return moved;
}

} // namespace diffusion
