#include "inmailrecord.h"

#include "bouncecorrelation.h"
#include "feedback/feedbackservice.h"
#include "inmail/bounceparser.h"
#include "quarantine/quarantineaddress.h"
#include "quarantine/quarantinebook.h"
#include "store/connection.h"

#include <QCryptographicHash>
#include <sqlite3.h>

namespace diffusion {

namespace {

// An unmatched message is kept for the operator to read; a larger one is cut (a bounce that
// returns a whole newsletter).
constexpr qsizetype keptBytes = 1024 * 1024;

bool isFailureAction(const QString &action)
{
    return action == u"failed"_qs || action == u"delayed"_qs;
}

} // namespace

InMailMessage InMailMessage::read(const QString &mailbox, const QString &key, const QByteArray &raw, const BounceQualifier &qualifier)
{
    InMailMessage message{mailbox, key, raw, parseBounce(raw), {}};
    message.recipients = qualifier.qualify(message.report);
    return message;
}

InMailTally &InMailTally::operator+=(const InMailTally &other)
{
    read += other.read;
    duplicates += other.duplicates;
    bounces += other.bounces;
    complaints += other.complaints;
    autoReplies += other.autoReplies;
    unmatched += other.unmatched;
    notBounces += other.notBounces;
    return *this;
}

InMailTally InMailRecord::apply(QSqlDatabase &db, const QList<InMailMessage> &messages, qint64 now)
{
    sqlite3 *handle = sqliteHandle(db);
    SqlStatement known(handle, "SELECT 1 FROM inmail_message WHERE fingerprint = ?1");
    SqlStatement insertMessage(handle, "INSERT INTO inmail_message (fingerprint, mailbox, mailbox_key, read_at, kind, message_id, "
                                       "sender, subject, outcome, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqlStatement insertRecipient(handle, "INSERT INTO inmail_recipient (message, recipient, action, status, diagnostic, "
                                         "failure_type, failure_reason, rule, broadlog_id, matched_by) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    BounceCorrelation correlation(db);
    QuarantineBook quarantine(db);
    QList<MessageEvent> events;
    InMailTally tally;

    for (const InMailMessage &message : messages) {
        ++tally.read;
        const QByteArray fingerprint = QCryptographicHash::hash(message.raw, QCryptographicHash::Sha256).toHex();
        known.bind(1, std::string_view(fingerprint.constData(), size_t(fingerprint.size())));
        const bool seen = known.step();
        known.reset();
        if (seen) {
            ++tally.duplicates;
            continue;
        }

        const BounceReport &report = message.report;
        QList<std::optional<CorrelatedMessage>> matches;
        bool allMatched = !message.recipients.isEmpty();
        for (const QualifiedBounceRecipient &qualified : message.recipients) {
            matches.append(correlation.find(report, qualified.recipient, now));
            allMatched = allMatched && matches.last().has_value();
        }
        const QString outcome = report.kind == BounceKind::Unknown ? u"not_bounce"_qs : allMatched ? u"applied"_qs : u"unmatched"_qs;
        if (report.kind == BounceKind::Unknown)
            ++tally.notBounces;
        else if (!allMatched)
            ++tally.unmatched;

        insertMessage.bind(1, std::string_view(fingerprint.constData(), size_t(fingerprint.size())));
        insertMessage.bind(2, message.mailbox);
        insertMessage.bind(3, message.mailboxKey);
        insertMessage.bind(4, now);
        insertMessage.bind(5, bounceKindId(report.kind));
        insertMessage.bind(6, report.messageId);
        insertMessage.bind(7, report.from);
        insertMessage.bind(8, report.subject);
        insertMessage.bind(9, outcome);
        const QByteArray kept = outcome == u"applied"_qs ? QByteArray() : message.raw.left(keptBytes);
        if (kept.isNull())
            insertMessage.bindNull(10);
        else
            insertMessage.bind(10, std::string_view(kept.constData(), size_t(kept.size())));
        insertMessage.run();
        const qint64 messageRow = sqlite3_last_insert_rowid(handle);

        for (qsizetype i = 0; i < message.recipients.size(); ++i) {
            const QualifiedBounceRecipient &qualified = message.recipients[i];
            const BounceRecipient &r = qualified.recipient;
            const std::optional<CorrelatedMessage> &match = matches[i];
            insertRecipient.bind(1, messageRow);
            insertRecipient.bind(2, r.recipient);
            insertRecipient.bind(3, r.action);
            insertRecipient.bind(4, r.status);
            insertRecipient.bind(5, r.diagnostic);
            insertRecipient.bind(6, qint64(qualified.qualification.type));
            insertRecipient.bind(7, qint64(qualified.qualification.reason));
            insertRecipient.bind(8, qualified.ruleLabel);
            if (match)
                insertRecipient.bind(9, match->broadlogId);
            else
                insertRecipient.bindNull(9);
            insertRecipient.bind(10, match ? correlationName(match->by) : QString());
            insertRecipient.run();

            switch (report.kind) {
            case BounceKind::Dsn:
                if (match && isFailureAction(r.action)) {
                    MessageEvent event;
                    event.broadlogId = match->broadlogId;
                    event.at = now;
                    event.outcome = bounceOutcome(r);
                    event.outcome.id = match->broadlogId;
                    event.qualification = qualified.qualification;
                    event.asynchronous = true;
                    event.unqualified = qualified.unqualified;
                    events.append(event);
                    ++tally.bounces;
                }
                break;
            case BounceKind::Arf:
                // The complaint is about the address, whichever message it came from.
                if (qualified.qualification.reason == FailureReason::Denylisted) {
                    const QString address = r.recipient.isEmpty() ? report.originalTo : r.recipient;
                    if (!quarantineAddress(address).isEmpty()) {
                        const QString type = report.feedbackType.isEmpty() ? u"abuse"_qs : report.feedbackType;
                        quarantine.deny(address, u"Complaint (feedback loop: %1)"_qs.arg(type), now);
                        ++tally.complaints;
                    }
                }
                break;
            case BounceKind::AutoReply:
                ++tally.autoReplies;
                break;
            case BounceKind::Unknown:
                break;
            }
        }
    }
    FeedbackService::apply(db, events);
    return tally;
}

} // namespace diffusion
