#pragma once

#include "inmail/bouncereport.h"
#include "store/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// The delivery-log row a bounce is about.
struct CorrelatedMessage {
    enum class By { Verp, MessageId, Address };
    qint64 broadlogId = 0;
    By by = By::Verp;
};

QString correlationName(CorrelatedMessage::By by); // "verp", "message_id", "address" (inmail_recipient.matched_by)

// Ties a bounce's recipient to the message we sent (docs/inmail.md, correlation), most certain
// first:
// 1. the VERP return path the bounce was addressed to (local+<broadlog id>@domain), seen in
//    Delivered-To, X-Original-To… — every message has its own return path;
// 2. the Message-ID of the returned message, which carries the delivery and log ids
//    (<d<delivery>.m<broadlog>.<time>@domain>);
// 3. the recipient's address alone: the last message sent to it in the last 8 days (bounces come
//    back within a week), when neither id survived the bounce.
// An id must name an existing log row whose address is the recipient's (when the bounce names
// a recipient), so a foreign bounce that happens to look like ours matches nothing.
// Runs inside a writer job (or on any connection): statements are prepared once.
class BounceCorrelation final
{
public:
    explicit BounceCorrelation(QSqlDatabase &db);

    std::optional<CorrelatedMessage> find(const BounceReport &report, const BounceRecipient &recipient, qint64 now);

private:
    bool fits(qint64 broadlogId, const QString &recipient);

    SqlStatement m_byId;
    SqlStatement m_byAddress;
};

} // namespace diffusion
