#include "feedbackservice.h"

#include "domain/codes.h"
#include "qualification.h"
#include "store/connection.h"
#include "store/sqlstatement.h"

#include <QSqlQuery>

namespace diffusion {

namespace {

constexpr const char *phaseNames[] = {"connect", "greeting", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "body", "quit"};
constexpr const char *outcomeNames[] = {"accepted", "rejected", "deferred", "connection_error"};

// Statuses a message can still leave; Sent, Failed, Ignored and Canceled are final.
constexpr const char *stillOpen = "status IN (0, 1)";

} // namespace

qint64 FeedbackService::takeIntoAccount(QSqlDatabase &db, qint64 deliveryId, qint64 at)
{
    SqlStatement update(sqliteHandle(db), "UPDATE broadlog SET status = 1, updated_at = ? WHERE delivery_id = ? AND status = 0");
    update.bind(1, at);
    update.bind(2, deliveryId);
    update.run();
    return queryValue(db, u"SELECT changes()"_qs).toLongLong();
}

void FeedbackService::apply(QSqlDatabase &db, const QList<MessageEvent> &events)
{
    sqlite3 *handle = sqliteHandle(db);
    SqlStatement sent(handle, std::string("UPDATE broadlog SET status = 2, failure_type = NULL, failure_reason = NULL, "
                                          "last_reply = ?, mx_host = ?, updated_at = ?, sent_at = ?, next_attempt_at = NULL "
                                          "WHERE id = ? AND ") + stillOpen);
    SqlStatement failed(handle, std::string("UPDATE broadlog SET status = 3, failure_type = ?, failure_reason = ?, "
                                            "last_reply = ?, mx_host = ?, updated_at = ?, next_attempt_at = NULL "
                                            "WHERE id = ? AND ") + stillOpen);
    SqlStatement deferred(handle, std::string("UPDATE broadlog SET failure_type = ?, failure_reason = ?, retries = retries + 1, "
                                              "last_reply = ?, mx_host = ?, updated_at = ?, next_attempt_at = ? "
                                              "WHERE id = ? AND ") + stillOpen);
    SqlStatement history(handle, "INSERT INTO delivery_event (broadlog_id, at, outcome, phase, reply, mx_host) VALUES (?, ?, ?, ?, ?, ?)");

    for (const MessageEvent &event : events) {
        const SmtpOutcome &outcome = event.outcome;
        const QString reply = outcome.kind == SmtpOutcome::Kind::ConnectionError && outcome.reply.code == 0
            ? outcome.error : outcome.reply.toString();
        if (outcome.kind == SmtpOutcome::Kind::Accepted) {
            sent.bind(1, reply);
            sent.bind(2, outcome.host);
            sent.bind(3, event.at);
            sent.bind(4, event.at);
            sent.bind(5, event.broadlogId);
            sent.run();
        } else {
            const Qualification q = event.qualification.value_or(qualify(outcome));
            const bool retry = outcome.kind != SmtpOutcome::Kind::Rejected && event.nextAttemptAt > 0;
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
        }
        history.bind(1, event.broadlogId);
        history.bind(2, event.at);
        history.bind(3, std::string_view(outcomeNames[int(outcome.kind)]));
        history.bind(4, std::string_view(phaseNames[int(outcome.phase)]));
        history.bind(5, reply);
        history.bind(6, outcome.host);
        history.run();
    }
}

} // namespace diffusion
