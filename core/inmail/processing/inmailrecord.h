#pragma once

#include "inmail/bouncequalifier.h"
#include "inmail/bouncereport.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// One message read from the bounce mailbox, parsed and qualified outside the writer thread.
struct InMailMessage {
    QString mailbox;     // where it was read (no password)
    QString mailboxKey;  // its key there
    QByteArray raw;
    BounceReport report;
    QList<QualifiedBounceRecipient> recipients;

    // Parses and qualifies `raw` (any thread).
    static InMailMessage read(const QString &mailbox, const QString &key, const QByteArray &raw, const BounceQualifier &qualifier);
};

// What a batch of messages came to.
struct InMailTally {
    int read = 0;        // messages handed over
    int duplicates = 0;  // already recorded (read before): nothing done again
    int bounces = 0;     // DSN recipients applied to their message
    int complaints = 0;  // ARF: addresses denylisted
    int autoReplies = 0;
    int unmatched = 0;   // messages (or parts) naming no message of ours: the operator's list
    int notBounces = 0;

    InMailTally &operator+=(const InMailTally &other);
};

// Records messages and applies them, inside one writer job: each message once (by its
// fingerprint); a failed or delayed DSN recipient becomes an asynchronous event for the feedback
// service (a hard one turns Sent into Failed; a soft one counts for the quarantine); a
// complaint denylists the address; an auto-reply and a delivered DSN are recorded only. What
// matches no message is kept, with the message itself, for the operator (v_inmail_unmatched).
class InMailRecord final
{
public:
    static InMailTally apply(QSqlDatabase &db, const QList<InMailMessage> &messages, qint64 now);
};

} // namespace diffusion
