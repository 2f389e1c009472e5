#include "bounceparser.h"

#include "arfreport.h"
#include "autoreplydetector.h"
#include "bounceparts.h"
#include "dsnfields.h"
#include "gmimesupport.h"
#include "headerfields.h"
#include "plaintextbounce.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

constexpr qsizetype maxReportBytes = 256 * 1024;
constexpr qsizetype maxHeaderBlockBytes = 64 * 1024;

// What the bounce's own header says, read in one pass over its fields.
struct TopHeaders {
    QStringList deliveredTo, originalTo, envelopeTo, to; // the places a VERP address shows
    QStringList failedRecipients;                        // X-Failed-Recipients (Exim)
    QStringList inReplyTo, references;
    AutoReplySigns autoReply;
    bool nullReturnPath = false;
};

void appendAddresses(QStringList &list, const char *value)
{
    for (const QString &address : mailboxAddresses(QString::fromUtf8(value))) {
        if (!list.contains(address, Qt::CaseInsensitive))
            list.append(address);
    }
}

TopHeaders readTopHeaders(GMimeMessage *message)
{
    TopHeaders headers;
    GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        const char *name = g_mime_header_get_name(header);
        const char *value = g_mime_header_get_value(header);
        if (!name || !value)
            continue;
        const auto is = [name](const char *wanted) { return g_ascii_strcasecmp(name, wanted) == 0; };
        if (is("Delivered-To"))
            appendAddresses(headers.deliveredTo, value);
        else if (is("X-Original-To"))
            appendAddresses(headers.originalTo, value);
        else if (is("Envelope-To") || is("X-Envelope-To"))
            appendAddresses(headers.envelopeTo, value);
        else if (is("To"))
            appendAddresses(headers.to, value);
        else if (is("X-Failed-Recipients"))
            appendAddresses(headers.failedRecipients, value);
        else if (is("In-Reply-To"))
            headers.inReplyTo += messageIdsIn(QString::fromUtf8(value));
        else if (is("References"))
            headers.references += messageIdsIn(QString::fromUtf8(value));
        else if (is("Auto-Submitted"))
            headers.autoReply.autoSubmitted = QString::fromUtf8(value).trimmed().toLower();
        else if (is("Precedence") || is("X-Precedence"))
            headers.autoReply.precedence = QString::fromUtf8(value).trimmed().toLower();
        else if (is("X-Autoreply") || is("X-Autorespond") || is("X-Autoresponder") || is("X-Vacation"))
            headers.autoReply.autoReplyHeader = true;
        else if (is("Return-Path"))
            headers.nullReturnPath = QByteArrayView(value).trimmed() == "<>";
    }
    return headers;
}

// The first mailbox of an address list: its address, and its display name in *name.
QString firstMailbox(InternetAddressList *list, QString *name = nullptr)
{
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            if (name)
                *name = QString::fromUtf8(internet_address_get_name(address));
            return QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        }
    }
    return {};
}

bool isMailSystem(const QString &address, const QString &name)
{
    static const QRegularExpression local(u"^(?:mailer[-_]?daemon|mail[-_]?daemon|postmaster|mail[-_]?delivery[-_]?(?:system|subsystem)?)@"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression display(u"mail delivery (?:system|subsystem)|mailer[- ]daemon|postmaster|mail administrator"
                                            "|syst[èe]me de (?:distribution|remise)"_qs,
                                            QRegularExpression::CaseInsensitiveOption);
    return local.match(address).hasMatch() || display.match(name).hasMatch();
}

bool hasBounceSubject(const QString &subject)
{
    static const QRegularExpression pattern(
        u"undeliver|undelivered|delivery (?:status notification|failure|failed|has failed|problem|notification|delayed|report)"
        "|failure notice|returned mail|mail delivery failed|could not be delivered|returned to sender|not delivered"
        "|warning: could not send|delayed mail|non remis|non distribu|non d[ée]livr|[ée]chec (?:de (?:la )?)?(?:remise|distribution)"
        "|impossible de remettre|unzustellbar|nicht zustellbar|nondeliverable|no entregado|non recapitato"_qs,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(subject).hasMatch();
}

// The returned message's Message-ID and To, from whichever form the bounce returns it in.
void readReturnedHeaders(const BounceParts &parts, BounceReport &report)
{
    if (parts.returnedHeaders) {
        const QByteArray block = gmime::decodedContent(parts.returnedHeaders, maxHeaderBlockBytes);
        const QList<HeaderFieldGroup> groups = readHeaderFieldGroups(block, 500);
        if (!groups.isEmpty()) {
            report.originalMessageIds = messageIdsIn(headerFieldValue(groups.first(), "message-id"));
            report.originalTo = mailboxAddresses(headerFieldValue(groups.first(), "to")).value(0);
        }
    }
    if (parts.returnedMessage) {
        if (report.originalMessageIds.isEmpty()) {
            if (const char *id = g_mime_message_get_message_id(parts.returnedMessage); id && *id)
                report.originalMessageIds = {QString::fromUtf8(id)};
        }
        if (report.originalTo.isEmpty())
            report.originalTo = firstMailbox(g_mime_message_get_to(parts.returnedMessage));
    }
}

void readFeedbackReport(const BounceParts &parts, BounceReport &report)
{
    const FeedbackReport feedback = FeedbackReport::read(gmime::decodedContent(parts.feedbackReport, maxReportBytes));
    report.kind = BounceKind::Arf;
    report.feedbackType = feedback.feedbackType;
    QStringList complained = feedback.recipients;
    if (complained.isEmpty() && !report.originalTo.isEmpty())
        complained.append(report.originalTo);
    for (const QString &address : complained)
        report.recipients.append({address, {}, {}, {}, {}});
}

// The addresses the bounce went to, lower case: never the failed recipient.
QStringList ownAddresses(const BounceReport &report)
{
    QStringList own;
    for (const QString &address : report.envelopeRecipients)
        own.append(address.toLower());
    own.append(report.from.toLower());
    return own;
}

// A bounce in the text: delivery-status fields written there, else an MTA's own format.
void readTextBounce(const BounceParts &parts, const TopHeaders &headers, BounceReport &report)
{
    const QByteArray text = parts.text.toUtf8();
    if (const qsizetype start = deliveryStatusStart(text); start >= 0) {
        report.recipients = readDeliveryStatus(QByteArrayView(text).sliced(start));
        if (!report.recipients.isEmpty())
            return;
    }
    PlainTextBounce bounce = PlainTextBounce::read(parts.text, ownAddresses(report), headers.failedRecipients);
    report.recipients = std::move(bounce.recipients);
    if (report.originalMessageIds.isEmpty())
        report.originalMessageIds = std::move(bounce.originalMessageIds);
    if (report.originalTo.isEmpty())
        report.originalTo = std::move(bounce.originalTo);
}

void readAutoReply(const TopHeaders &headers, BounceReport &report)
{
    report.kind = BounceKind::AutoReply;
    report.recipients.clear();
    if (!report.from.isEmpty())
        report.recipients.append({report.from, {}, {}, {}, {}});
    // In-Reply-To names the message replied to; References ends with it.
    report.originalMessageIds = headers.inReplyTo;
    for (auto id = headers.references.crbegin(); id != headers.references.crend(); ++id) {
        if (!report.originalMessageIds.contains(*id))
            report.originalMessageIds.append(*id);
    }
    report.originalTo.clear();
}

BounceReport parseMessage(GMimeMessage *message)
{
    BounceReport report;
    const TopHeaders headers = readTopHeaders(message);
    QString fromName;
    report.from = firstMailbox(g_mime_message_get_from(message), &fromName);
    report.subject = QString::fromUtf8(g_mime_message_get_subject(message));
    report.messageId = QString::fromUtf8(g_mime_message_get_message_id(message));
    for (const QStringList *list : {&headers.deliveredTo, &headers.originalTo, &headers.envelopeTo, &headers.to}) {
        for (const QString &address : *list) {
            if (!report.envelopeRecipients.contains(address, Qt::CaseInsensitive))
                report.envelopeRecipients.append(address);
        }
    }

    const BounceParts parts = BounceParts::find(message);
    report.humanText = parts.text.left(BounceReport::humanTextLimit);
    readReturnedHeaders(parts, report);
    if (parts.feedbackReport && !parts.deliveryStatus) {
        readFeedbackReport(parts, report);
        return report;
    }
    if (parts.deliveryStatus) {
        // A delivery-status part makes a DSN, even one whose recipients are only in its text.
        report.kind = BounceKind::Dsn;
        report.recipients = readDeliveryStatus(gmime::decodedContent(parts.deliveryStatus, maxReportBytes));
        if (report.recipients.isEmpty())
            readTextBounce(parts, headers, report);
        return report;
    }
    const bool mailSystem = isMailSystem(report.from, fromName);
    // Without a report part, the text is only read as a bounce with other signs of one.
    if (parts.inReport || headers.nullReturnPath || !headers.failedRecipients.isEmpty() || mailSystem
        || hasBounceSubject(report.subject)) {
        readTextBounce(parts, headers, report);
        if (!report.recipients.isEmpty()) {
            report.kind = BounceKind::Dsn;
            return report;
        }
    }
    AutoReplySigns signs = headers.autoReply;
    signs.subject = report.subject;
    if (!mailSystem && signs.isAutoReply()) {
        readAutoReply(headers, report);
        return report;
    }
    report.originalMessageIds.clear();
    report.originalTo.clear();
    return report;
}

} // namespace

BounceReport parseBounce(const QByteArray &raw)
{
    gmime::ensureInitialized();
    QByteArrayView input = QByteArrayView(raw).first(std::min(raw.size(), maxBounceInputBytes));
    // An mbox "From " line before the header.
    if (input.startsWith("From ")) {
        const qsizetype end = input.indexOf('\n');
        input = end < 0 ? QByteArrayView() : input.sliced(end + 1);
    }
    if (input.trimmed().isEmpty())
        return {};
    gmime::Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(input.data(), size_t(input.size())));
    gmime::Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    gmime::Ref<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return {};
    return parseMessage(message.get());
}

} // namespace diffusion
