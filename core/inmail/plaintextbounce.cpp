#include "plaintextbounce.h"

#include "headerfields.h"
#include "smtpdiagnostic.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

constexpr auto patternOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Phrases that introduce the failed addresses in the MTAs' own formats.
const QRegularExpression &failureIntroduction()
{
    static const QRegularExpression pattern(
        u"could not be delivered to one or more of\\s+its\\s+recipients"                     // Exim, GMX
        "|has not yet been delivered to one or more of\\s+its\\s+recipients"                  // Exim delay warning
        "|the following addresses had (?:permanent fatal|transient non-fatal) errors"       // Sendmail
        "|could not send message for past|transcript of session follows"                   // Sendmail
        "|this is the qmail-send program"                                                   // qmail
        "|wasn.t able to deliver your message to the following addresses"                  // qmail
        "|delivery has failed to these recipients or groups"                               // Exchange, Office 365
        "|delivery to the following recipients? (?:failed|has been delayed)"               // Exchange 2003, Gmail
        "|your message to \\S+ couldn.t be delivered"                                      // Office 365
        "|unable to deliver your message to the following address"                          // Yahoo
        "|message could not\\s+be\\s+delivered to one or more recipients"                   // Postfix without MIME
        "|could not be delivered to the following recipients?"
        "|(?:votre|le) message n.a pas pu (?:[êe]tre|encore [êe]tre) (?:remis|distribu[ée]|d[ée]livr[ée]|envoy[ée])" // Orange, French MTAs
        "|[ée]chec de (?:la )?(?:remise|distribution)"
        "|impossible de (?:remettre|distribuer) (?:le|votre) message"_qs,
        patternOptions);
    return pattern;
}

// Phrases that say the MTA keeps trying: the recipients are delayed, not failed.
const QRegularExpression &delayNotice()
{
    static const QRegularExpression pattern(
        u"has not yet been delivered|this is a warning (?:message )?only|will (?:continue to )?(?:be )?retr(?:y|ied)"
        "|will keep trying|still undelivered"
        "|delivery attempts will continue|could not send message for past|transient non-fatal errors"
        "|delivery (?:has been |is )?delayed|message (?:is|has been|was) delayed"
        "|n.a pas encore pu [êe]tre|sera (?:retent[ée]|r[ée]essay[ée])|nouvelle tentative"_qs,
        patternOptions);
    return pattern;
}

// The line after which an MTA quotes the message it returns.
const QRegularExpression &returnedMessageMarker()
{
    static const QRegularExpression pattern(
        u"^[ \\t]*[-=*_]*[ \\t]*(?:this is a copy of (?:the|your) message|below this line is a copy of the message"
        "|original message(?: follows| headers?)?\\b|unsent message (?:below|follows)|returned message"
        "|message headers? follows?|headers of the original message|copie du message|message d.origine"
        "|message original|en-t[êe]tes du message d.origine|urspr[üu]ngliche nachricht)"_qs,
        patternOptions | QRegularExpression::MultilineOption);
    return pattern;
}

bool isLocalPartChar(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"._%+-='/!#$&*?^`{|}~").contains(c);
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-';
}

struct Mention {
    qsizetype position;
    QString address; // lower case
    QString written;
};

// Every address in text[from, to), in order, leaving out those on Message-ID lines.
QList<Mention> addressMentions(QStringView text, qsizetype from, qsizetype to)
{
    QList<Mention> mentions;
    qsizetype at = from;
    while ((at = text.indexOf(u'@', at)) >= 0 && at < to) {
        qsizetype start = at;
        while (start > from && isLocalPartChar(text.at(start - 1)))
            --start;
        qsizetype end = at + 1;
        while (end < to && isDomainChar(text.at(end)))
            ++end;
        QStringView local = text.mid(start, at - start);
        while (!local.isEmpty() && (local.front() == u'\'' || local.front() == u'=' || local.front() == u'/')) {
            local = local.mid(1);
            ++start;
        }
        QStringView domain = text.mid(at + 1, end - at - 1);
        while (domain.endsWith(u'.') || domain.endsWith(u'-'))
            domain.chop(1);
        at = end;
        if (local.isEmpty() || !domain.contains(u'.') || domain.startsWith(u'.'))
            continue;
        // The words before it on its line (a few: a line may be very long).
        QStringView before = text.mid(std::max(from, start - 40), std::min<qsizetype>(start - from, 40));
        if (const qsizetype newline = before.lastIndexOf(u'\n'); newline >= 0)
            before = before.mid(newline + 1);
        if (before.contains(u"message-id"_qs, Qt::CaseInsensitive) || before.contains(u"references"_qs, Qt::CaseInsensitive)
            || before.contains(u"in-reply-to"_qs, Qt::CaseInsensitive))
            continue;
        const QString written = local.toString() + u'@' + domain.toString();
        mentions.append({start, written.toLower(), written});
    }
    return mentions;
}

bool isMailSystemAddress(const QString &address)
{
    const QStringView local = QStringView(address).left(address.indexOf(u'@'));
    return local == u"postmaster" || local == u"mailer-daemon" || local == u"mail-daemon" || local == u"mailer_daemon";
}

QStringView lineAt(QStringView text, qsizetype position, qsizetype *lineEnd)
{
    const qsizetype start = text.lastIndexOf(u'\n', position) + 1;
    qsizetype end = text.indexOf(u'\n', position);
    if (end < 0)
        end = text.size();
    *lineEnd = end;
    return text.mid(start, end - start);
}

qsizetype indentOf(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

// The reply starting at `at`: to the end of its line, with the lines that continue it (the next
// lines of a "550-" reply, or lines indented as deep as an indented reply).
QString replyFrom(QStringView text, qsizetype at, qsizetype limit)
{
    qsizetype lineEnd = 0;
    const qsizetype indent = indentOf(lineAt(text, at, &lineEnd));
    QString reply = text.mid(at, lineEnd - at).trimmed().toString();
    const QStringView code = text.mid(at, 3);
    for (int extra = 0; extra < 6 && lineEnd + 1 < limit; ++extra) {
        qsizetype nextEnd = 0;
        const QStringView next = lineAt(text, lineEnd + 1, &nextEnd);
        const QStringView trimmed = next.trimmed();
        const bool multiLine = reply.size() > 3 && reply.at(3) == u'-' && trimmed.startsWith(code);
        const bool indented = indent > 0 && !trimmed.isEmpty() && indentOf(next) >= indent;
        if (!multiLine && !indented)
            break;
        reply += u' ' + trimmed.toString();
        lineEnd = nextEnd;
    }
    // Taken out of "(reason: 550 …)" or "returned '550 …'".
    const QChar opener = at > 0 ? text.at(at - 1) : QChar();
    if ((opener == u'\'' || opener == u'"') && reply.endsWith(opener))
        reply.chop(1);
    if (reply.endsWith(u')') && reply.count(u')') > reply.count(u'('))
        reply.chop(1);
    return reply.simplified();
}

// The failure reply about a recipient in text[from, to): an SMTP reply, or a line with an
// enhanced code alone; empty when there is none.
QString replyIn(QStringView text, qsizetype from, qsizetype to)
{
    const QStringView window = text.left(to);
    qsizetype at = findCodedReply(window, from, true);
    const qsizetype bare = findFailureCode(window, from);
    if (bare >= 0 && (at < 0 || bare < at))
        at = bare;
    if (at >= 0)
        return replyFrom(text, at, to);
    qsizetype length = 0;
    const qsizetype enhanced = findEnhancedCode(window, from, &length);
    if (enhanced < 0 || window.at(enhanced) == u'2')
        return {};
    qsizetype lineEnd = 0;
    return lineAt(text, enhanced, &lineEnd).toString().simplified();
}

// Words about a recipient when no reply is quoted: the rest of its line, or the next line.
QString reasonAfter(QStringView text, const Mention &mention, qsizetype to)
{
    qsizetype lineEnd = 0;
    lineAt(text, mention.position, &lineEnd);
    const qsizetype after = mention.position + mention.written.size();
    static const QStringView punctuation = u" \t:.<>()[],;'\"";
    QStringView rest = text.mid(after, lineEnd - after);
    while (!rest.isEmpty() && punctuation.contains(rest.front()))
        rest = rest.mid(1);
    if (rest.count(u' ') >= 1 && rest.size() > 8)
        return rest.toString().simplified();
    if (lineEnd + 1 >= to)
        return {};
    qsizetype nextEnd = 0;
    const QStringView next = lineAt(text, lineEnd + 1, &nextEnd).trimmed();
    return next.contains(u'@') ? QString() : next.toString().simplified();
}

// The recipients' addresses, in order, once each (lower case, and as written): those of
// X-Failed-Recipients when there are, else those the text names that are not the bounce's own.
std::pair<QStringList, QStringList> candidatesIn(const QList<Mention> &mentions, const QStringList &notRecipients,
                                                 const QStringList &failedRecipients)
{
    QStringList candidates, written;
    for (const QString &address : failedRecipients.first(std::min(failedRecipients.size(), PlainTextBounce::maxRecipients))) {
        candidates.append(address.toLower());
        written.append(address);
    }
    if (!candidates.isEmpty())
        return {candidates, written};
    for (const Mention &mention : mentions) {
        if (candidates.size() < PlainTextBounce::maxRecipients && !candidates.contains(mention.address)
            && !notRecipients.contains(mention.address) && !isMailSystemAddress(mention.address)) {
            candidates.append(mention.address);
            written.append(mention.written);
        }
    }
    return {candidates, written};
}

// The failure reply about `candidate`: after each of its mentions in turn, up to the next
// mention of another recipient; with the words after its first mention in *reason.
QString replyAbout(QStringView text, const QString &candidate, const QList<Mention> &mentions, const QStringList &candidates,
                   qsizetype end, QString *reason)
{
    constexpr qsizetype windowLimit = 800;
    bool firstMention = true;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (mentions.at(i).address != candidate)
            continue;
        qsizetype to = std::min(end, mentions.at(i).position + windowLimit);
        for (qsizetype j = i + 1; j < mentions.size(); ++j) {
            if (mentions.at(j).address != candidate && candidates.contains(mentions.at(j).address)) {
                to = std::min(to, mentions.at(j).position);
                break;
            }
        }
        if (std::exchange(firstMention, false))
            *reason = reasonAfter(text, mentions.at(i), to);
        if (QString reply = replyIn(text, mentions.at(i).position + mentions.at(i).written.size(), to); !reply.isEmpty())
            return reply;
    }
    return {};
}

// The returned message's Message-ID and To, in the headers quoted from `from` on.
void readQuotedHeaders(QStringView text, qsizetype from, bool afterMarker, PlainTextBounce &bounce)
{
    qsizetype pos = from;
    for (int lines = 0; lines < 400 && pos < text.size(); ++lines) {
        qsizetype lineEnd = text.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.mid(pos, lineEnd - pos).trimmed();
        while (line.startsWith(u'>'))
            line = line.mid(1).trimmed();
        if (bounce.originalMessageIds.isEmpty() && line.startsWith(u"message-id:"_qs, Qt::CaseInsensitive))
            bounce.originalMessageIds = messageIdsIn(line.mid(11));
        else if (bounce.originalTo.isEmpty() && afterMarker && line.startsWith(u"to:"_qs, Qt::CaseInsensitive))
            bounce.originalTo = mailboxAddresses(line.mid(3).toString()).value(0);
        pos = lineEnd + 1;
    }
}

} // namespace

PlainTextBounce PlainTextBounce::read(QStringView text, const QStringList &notRecipients, const QStringList &failedRecipients)
{
    PlainTextBounce bounce;
    const QRegularExpressionMatch introduction = failureIntroduction().match(text);
    const bool introduced = introduction.hasMatch();
    const qsizetype start = introduced ? text.lastIndexOf(u'\n', introduction.capturedStart()) + 1 : 0;
    const QRegularExpressionMatch marker = returnedMessageMarker().match(text, start);
    const qsizetype end = marker.hasMatch() ? marker.capturedStart() : text.size();
    const bool delayed = delayNotice().match(text.left(end)).hasMatch();

    const QList<Mention> mentions = addressMentions(text, start, end);
    const auto [candidates, written] = candidatesIn(mentions, notRecipients, failedRecipients);
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        BounceRecipient recipient;
        QString reason;
        recipient.diagnostic = replyAbout(text, candidates.at(c), mentions, candidates, end, &reason);
        if (recipient.diagnostic.isEmpty()) {
            if (!introduced && failedRecipients.isEmpty())
                continue; // an address without a failure reply is no evidence
            recipient.diagnostic = reason;
        }
        recipient.recipient = written.at(c);
        recipient.status = SmtpDiagnostic::read(recipient.diagnostic).status();
        if (recipient.status.isEmpty())
            recipient.status = delayed ? u"4.0.0"_qs : u"5.0.0"_qs;
        recipient.action = recipient.status.startsWith(u'4') && delayed ? u"delayed"_qs : u"failed"_qs;
        bounce.recipients.append(recipient);
    }
    if (!bounce.recipients.isEmpty())
        readQuotedHeaders(text, marker.hasMatch() ? marker.capturedEnd() : start, marker.hasMatch(), bounce);
    return bounce;
}

} // namespace diffusion
