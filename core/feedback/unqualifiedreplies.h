#pragma once

#include "smtp/smtptypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// One group of the "to qualify" list: replies that no rule matched and that differ only by what
// changes from one message to the next.
struct UnqualifiedReply {
    QString normalized;
    int code = 0;
    QString enhanced;
    QString example;     // the last reply of the group, as received
    qint64 count = 0;
    qint64 firstSeen = 0; // Unix seconds
    qint64 lastSeen = 0;
};

// The to_qualify table (docs/qualification.md): what an operator should write rules for next.
class UnqualifiedReplies final
{
public:
    // The reply's code and enhanced code, then its text in lower case with addresses, URLs, IP
    // addresses, ids (queue ids, host names with digits, timestamps) and numbers replaced by
    // <address>, <url>, <ip>, <id> and <n>, and white space collapsed.
    static QString normalizedText(const SmtpReply &reply);

    // Counts one unmatched reply, inside a StoreWriter job. A reply without a code counts nothing.
    static void count(QSqlDatabase &db, const SmtpReply &reply, qint64 at);

    // Every group, most frequent first.
    static QList<UnqualifiedReply> list(QSqlDatabase &db);
};

} // namespace diffusion
