#pragma once

#include "bouncereport.h"

#include <QStringList>
#include <QStringView>

namespace diffusion {

// What the text of a bounce that follows no standard says (docs/inmail.md, heuristics): the
// formats of Exim, Sendmail, qmail, Exchange, Yahoo, French providers, and the generic "an
// address, then the SMTP reply about it". Only asked about messages with other signs of a bounce
// (sent by MAILER-DAEMON or postmaster, a bounce subject, a null return path).
struct PlainTextBounce {
    // Our messages have one recipient each: a text naming more is not about one of them.
    static constexpr qsizetype maxRecipients = 50;

    QList<BounceRecipient> recipients;
    QStringList originalMessageIds;  // from the headers quoted after "a copy of the message follows"
    QString originalTo;

    // `text`: the bounce's text, already capped by the caller. `notRecipients`: addresses that
    // cannot be the failed recipient (the bounce's From and envelope recipients, lower case).
    // `failedRecipients`: X-Failed-Recipients (Exim), which names them for sure.
    // After a phrase known to introduce the failed addresses ("could not be delivered to one or
    // more of its recipients", "Delivery has failed to these recipients or groups"…), an address
    // is a recipient even without a reply code; anywhere else an address is one only when a
    // failure reply ("550 5.1.1 …", "554 delivery error …", "#5.1.1") follows it closely.
    static PlainTextBounce read(QStringView text, const QStringList &notRecipients, const QStringList &failedRecipients);
};

} // namespace diffusion
