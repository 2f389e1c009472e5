#include "messagebuilder.h"

#include "headerencoding.h"
#include "mimeencoding.h"

#include <QDateTime>
#include <QSet>
#include <QUrl>

namespace diffusion {

namespace {

// Headers the builder writes itself; a custom header may not replace or repeat them.
const QSet<QString> &reservedHeaders()
{
    static const QSet<QString> names{
        u"from"_qs, u"to"_qs, u"subject"_qs, u"date"_qs, u"message-id"_qs, u"mime-version"_qs,
        u"content-type"_qs, u"content-transfer-encoding"_qs, u"reply-to"_qs, u"dkim-signature"_qs,
        u"list-unsubscribe"_qs, u"list-unsubscribe-post"_qs, u"sender"_qs, u"return-path"_qs};
    return names;
}

// RFC 5322 field name: printable ASCII except the colon.
bool isValidHeaderName(const QString &name)
{
    if (name.isEmpty() || name.size() > 76)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 32 && c.unicode() < 127 && c != u':'; });
}

std::string domainOf(const std::string &address)
{
    const size_t at = address.rfind('@');
    return at == std::string::npos ? std::string() : address.substr(at + 1);
}

// "Wed, 18 Nov 2026 11:06:40 +0000": English names whatever the locale, as RFC 5322 wants.
std::string rfc5322Date(qint64 unixTime)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC);
    return std::string(days[time.date().dayOfWeek() - 1]) + ", " + time.toString(Qt::RFC2822Date).toStdString();
}

bool isAscii(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Headers carry ASCII only: an internationalized host becomes punycode, other non-ASCII
// characters are percent-encoded (RFC 3987 §3.1).
std::string asciiUrl(const std::string &url)
{
    if (isAscii(url))
        return url;
    return QUrl(QString::fromStdString(url)).toEncoded().toStdString();
}

// "user@exämple.test?subject=…" with its domain in ASCII form.
std::string asciiMailto(const std::string &target)
{
    if (isAscii(target))
        return target;
    const size_t at = target.find('@');
    const size_t query = target.find('?', at == std::string::npos ? 0 : at);
    if (at == std::string::npos)
        return asciiUrl(target);
    const std::string domain = target.substr(at + 1, query == std::string::npos ? std::string::npos : query - at - 1);
    const std::string rest = query == std::string::npos ? std::string() : target.substr(query);
    return asciiUrl(target.substr(0, at + 1)) + QUrl::toAce(QString::fromStdString(domain)).toStdString() + asciiUrl(rest);
}

QList<TemplateIssue> issuesOf(const MessageTemplate &part, const QString &name)
{
    QList<TemplateIssue> issues = part.issues();
    for (TemplateIssue &issue : issues)
        issue.part = name;
    return issues;
}

} // namespace

MessageBuilder::MessageBuilder(const MessageDefinition &definition, const FieldSet &fields)
    : m_definition(definition)
    , m_fromAddress(definition.fromAddress.toStdString())
    , m_replyTo(definition.replyTo.toStdString())
    , m_senderDomain(domainOf(m_fromAddress))
    , m_fromName(definition.fromName, Escaping::None, fields)
    , m_subject(definition.subject, Escaping::None, fields)
    , m_html(definition.html, Escaping::Html, fields)
    , m_text(definition.text, Escaping::None, fields)
    , m_unsubscribeUrl(definition.unsubscribeUrl, Escaping::Url, fields)
    , m_unsubscribeMailto(definition.unsubscribeMailto, Escaping::Url, fields)
{
    QSet<QString> seen;
    for (const auto &[name, value] : definition.customHeaders) {
        const QString lower = name.toLower();
        QString problem;
        if (!isValidHeaderName(name))
            problem = tr("\"%1\" is not a valid header name (printable ASCII without spaces or colons).").arg(name);
        else if (reservedHeaders().contains(lower))
            problem = tr("The header %1 is written by Diffusion and cannot be set by hand.").arg(name);
        else if (seen.contains(lower))
            problem = tr("The header %1 is set twice.").arg(name);
        if (!problem.isEmpty()) {
            m_headerIssues.append({tr("Header %1").arg(name), QString(), 0, 0, problem});
            continue;
        }
        seen.insert(lower);
        m_headers.push_back({name.toStdString(), MessageTemplate(value, Escaping::None, fields)});
    }
}

template <typename Visit> void MessageBuilder::forEachPart(Visit visit) const
{
    visit(m_fromName, tr("Sender name"));
    visit(m_subject, tr("Subject"));
    visit(m_html, tr("HTML content"));
    visit(m_text, tr("Text content"));
    visit(m_unsubscribeUrl, tr("Unsubscribe URL"));
    visit(m_unsubscribeMailto, tr("Unsubscribe address"));
    for (const Header &header : m_headers)
        visit(header.value, tr("Header %1").arg(QString::fromStdString(header.name)));
}

QList<TemplateIssue> MessageBuilder::issues() const
{
    QList<TemplateIssue> all = m_headerIssues;
    forEachPart([&all](const MessageTemplate &part, const QString &name) { all += issuesOf(part, name); });
    return all;
}

std::vector<std::pair<int, QStringList>> MessageBuilder::bareFields() const
{
    std::vector<std::pair<int, QStringList>> fields;
    forEachPart([&fields](const MessageTemplate &part, const QString &name) {
        for (const int slot : part.bareSlots()) {
            if (slot >= FieldSet::UnsubscribeUrl && slot < FieldSet::FirstCustomSlot)
                continue;
            auto it = std::find_if(fields.begin(), fields.end(), [slot](const auto &field) { return field.first == slot; });
            if (it == fields.end())
                it = fields.insert(fields.end(), {slot, {}});
            it->second.append(name);
        }
    });
    return fields;
}

size_t RenderedParts::size() const
{
    size_t total = fromName.size() + subject.size() + text.size() + html.size() + unsubscribeUrl.size() + unsubscribeMailto.size();
    for (const std::string &header : headers)
        total += header.size();
    return total;
}

bool MessageBuilder::renderInto(MessageTemplate &part, const FieldValues &values, std::string &out, QString *error)
{
    out.clear();
    return part.render(values, out, error);
}

bool MessageBuilder::renderParts(MessageRecipient &recipient, RenderedParts &parts, QString *error)
{
    FieldValues &values = recipient.values;
    values.resize(std::max(values.size(), size_t(FieldSet::FirstCustomSlot)));
    values[FieldSet::DeliveryId] = std::to_string(recipient.deliveryId);
    values[FieldSet::MessageId] = std::to_string(recipient.broadlogId);

    if (!renderInto(m_unsubscribeUrl, values, parts.unsubscribeUrl, error)
        || !renderInto(m_unsubscribeMailto, values, parts.unsubscribeMailto, error))
        return false;
    parts.unsubscribeUrl = asciiUrl(parts.unsubscribeUrl);
    values[FieldSet::UnsubscribeUrl] = parts.unsubscribeUrl;
    values[FieldSet::UnsubscribeMailto] = parts.unsubscribeMailto.empty() ? std::string() : "mailto:" + asciiMailto(parts.unsubscribeMailto);

    if (!renderInto(m_fromName, values, parts.fromName, error) || !renderInto(m_subject, values, parts.subject, error)
        || !renderInto(m_text, values, parts.text, error) || !renderInto(m_html, values, parts.html, error))
        return false;
    parts.headers.resize(m_headers.size());
    for (size_t i = 0; i < m_headers.size(); ++i) {
        if (!renderInto(m_headers[i].value, values, parts.headers[i], error))
            return false;
    }
    return true;
}

bool MessageBuilder::build(MessageRecipient &recipient, qint64 unixTime, BuiltMessage &out, QString *error)
{
    if (!renderParts(recipient, m_parts, error))
        return false;
    const FieldValues &values = recipient.values;
    const std::string &unsubscribeUrl = m_parts.unsubscribeUrl;
    const std::string &unsubscribeMailto = m_parts.unsubscribeMailto;
    const std::string &html = m_parts.html;
    const std::string &text = m_parts.text;

    std::string &data = out.data;
    data.clear();
    data.reserve(html.size() + text.size() + 2048);
    if (unixTime != m_dateOf) {
        m_date = rfc5322Date(unixTime);
        m_dateOf = unixTime;
    }
    appendRawHeader(data, "Date", m_date);
    appendMailboxHeader(data, "From", m_parts.fromName, m_fromAddress);
    if (!m_replyTo.empty())
        appendMailboxHeader(data, "Reply-To", {}, m_replyTo);
    appendMailboxHeader(data, "To", {}, recipient.address);
    appendUnstructuredHeader(data, "Subject", m_parts.subject);
    appendRawHeader(data, "Message-ID", "<d" + values[FieldSet::DeliveryId] + ".m" + values[FieldSet::MessageId] + "."
                                            + std::to_string(unixTime) + "@" + m_senderDomain + ">");
    appendRawHeader(data, "MIME-Version", "1.0");
    if (m_definition.unsubscribeHeaders && (!unsubscribeUrl.empty() || !unsubscribeMailto.empty())) {
        std::string targets;
        for (const std::string *target : {&unsubscribeUrl, &values[FieldSet::UnsubscribeMailto]}) {
            if (target->empty())
                continue;
            if (!targets.empty())
                targets += ",\r\n ";
            targets += '<' + withoutControlCharacters(*target) + '>';
        }
        data += "List-Unsubscribe: " + targets + "\r\n";
        // One-click needs an HTTPS target to POST to (RFC 8058 §3.1).
        if (unsubscribeUrl.rfind("https://", 0) == 0)
            appendRawHeader(data, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    for (size_t i = 0; i < m_headers.size(); ++i)
        appendUnstructuredHeader(data, m_headers[i].name, m_parts.headers[i]);
    appendBody(data, recipient, text, html);

    out.recipient = recipient.address;
    const std::string envelope = m_definition.envelopeSender.isEmpty() ? m_fromAddress : m_definition.envelopeSender.toStdString();
    const size_t at = envelope.rfind('@');
    out.envelopeSender = m_definition.verp && at != std::string::npos
        ? envelope.substr(0, at) + '+' + values[FieldSet::MessageId] + envelope.substr(at)
        : envelope;
    return true;
}

void MessageBuilder::appendBody(std::string &out, const MessageRecipient &recipient, const std::string &text, const std::string &html) const
{
    const auto appendPart = [&out](std::string_view type, const std::string &content) {
        const TransferEncoding encoding = chooseTransferEncoding(content);
        out += "Content-Type: ";
        out += type;
        out += "; charset=utf-8\r\nContent-Transfer-Encoding: ";
        out += transferEncodingName(encoding);
        out += "\r\n\r\n";
        appendEncoded(out, content, encoding);
    };
    const bool hasText = !m_text.isEmpty();
    const bool hasHtml = !m_html.isEmpty();
    if (hasText != hasHtml || !hasText) {
        appendPart(hasHtml ? "text/html" : "text/plain", hasHtml ? html : text);
        return;
    }
    // "=_" never occurs in quoted-printable or base64 output, so no content can end a part.
    const std::string boundary = "=_diffusion_d" + std::to_string(recipient.deliveryId) + "_m" + std::to_string(recipient.broadlogId);
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n";
    appendPart("text/plain", text);
    out += "--" + boundary + "\r\n";
    appendPart("text/html", html);
    out += "--" + boundary + "--\r\n";
}

} // namespace diffusion
