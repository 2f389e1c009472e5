#include "unqualifiedreplies.h"

#include "store/connection.h"
#include "store/sqlstatement.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

struct Placeholder {
    QRegularExpression pattern;
    QString text;
};

// In this order: a URL or an address holds what the later patterns would cut into pieces. The
// text is already in lower case. An id is a whole token of letters and digits together, at least
// six long ("mta1234", "d9443c01a7336-1e2b3c4d5sm123456ad.12", "2024-05-01t08:00:00.000z"); it
// is looked for at token starts only, so a long reply costs linear time.
const Placeholder placeholders[] = {
    {QRegularExpression(u"\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+"_qs), u"<url>"_qs},
    {QRegularExpression(u"<?[^\\s<>@]+@[^\\s<>]+>?"_qs), u"<address>"_qs},
    {QRegularExpression(u"\\[?\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b\\]?"_qs), u"<ip>"_qs},
    {QRegularExpression(u"\\[?\\b(?=[0-9a-f:]*(?:::|[a-f]))(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\\b\\]?"_qs), u"<ip>"_qs},
    {QRegularExpression(u"(?<![\\w.:-])(?=[\\w.:-]*\\d)(?=[\\w.:-]*[a-z])[a-z0-9][\\w.:-]{5,}"_qs), u"<id>"_qs},
    {QRegularExpression(u"\\d+"_qs), u"<n>"_qs},
};

} // namespace

QString UnqualifiedReplies::normalizedText(const SmtpReply &reply)
{
    QString text = reply.lines.join(u' ').toLower();
    for (const Placeholder &placeholder : placeholders)
        text.replace(placeholder.pattern, placeholder.text);
    QString key = QString::number(reply.code);
    if (!reply.enhanced.isEmpty())
        key += u' ' + reply.enhanced;
    text = text.simplified();
    return text.isEmpty() ? key : key + u' ' + text;
}

void UnqualifiedReplies::count(QSqlDatabase &db, const SmtpReply &reply, qint64 at)
{
    if (reply.code == 0)
        return;
    SqlStatement upsert(sqliteHandle(db),
                        "INSERT INTO to_qualify (normalized, smtp_code, enhanced_code, example, count, first_seen, last_seen) "
                        "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (normalized) DO UPDATE SET count = count + 1, "
                        "example = excluded.example, first_seen = min(first_seen, excluded.first_seen), "
                        "last_seen = max(last_seen, excluded.last_seen)");
    upsert.bind(1, normalizedText(reply));
    upsert.bind(2, qint64(reply.code));
    upsert.bind(3, reply.enhanced);
    upsert.bind(4, reply.toString());
    upsert.bind(5, at);
    upsert.bind(6, at);
    upsert.run();
}

QList<UnqualifiedReply> UnqualifiedReplies::list(QSqlDatabase &db)
{
    QList<UnqualifiedReply> replies;
    QSqlQuery query = runQuery(db, u"SELECT normalized, smtp_code, enhanced_code, example, count, first_seen, last_seen "
                                   "FROM to_qualify ORDER BY count DESC, last_seen DESC"_qs);
    while (query.next()) {
        replies.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                        query.value(6).toLongLong()});
    }
    return replies;
}

} // namespace diffusion
