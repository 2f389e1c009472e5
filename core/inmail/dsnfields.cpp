#include "dsnfields.h"

#include "headerfields.h"
#include "smtpdiagnostic.h"

#include <QByteArray>
#include <algorithm>

namespace diffusion {

namespace {

// One recipient's fields as read, before they become a BounceRecipient.
struct RecipientFields {
    QString original, final, action, status, diagnostic, remoteMta;

    bool hasRecipient() const { return !original.isEmpty() || !final.isEmpty(); }
};

void setOnce(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

// RFC 3461 xtext ("a+2Bb@example.org" for "a+b@example.org"), as Original-Recipient may carry it.
QString decodedXtext(const QString &text)
{
    if (!text.contains(u'+'))
        return text;
    QString decoded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool ok = false;
        const uint code = text.at(i) == u'+' && i + 2 < text.size() ? QStringView(text).mid(i + 1, 2).toUInt(&ok, 16) : 0;
        if (ok && code >= 33 && code < 127) {
            decoded += QChar(char16_t(code));
            i += 2;
        } else {
            decoded += text.at(i);
        }
    }
    return decoded;
}

// The code of a Status field as written ("5.1.1", "4.4.7 (delivery time expired)"), even one
// whose subject RFC 5248 does not register; empty when the field holds none.
QString statusCode(const QString &field)
{
    const QString code = field.section(u' ', 0, 0);
    const QStringList parts = code.split(u'.');
    if (parts.size() != 3 || code.front() < u'2' || code.front() > u'5' || parts.at(0).size() != 1)
        return {};
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
            return {};
    }
    return code;
}

BounceRecipient toRecipient(const RecipientFields &fields)
{
    BounceRecipient recipient;
    recipient.recipient = mailboxAddress(withoutValueType(fields.final));
    if (recipient.recipient.isEmpty())
        recipient.recipient = mailboxAddress(decodedXtext(withoutValueType(fields.original)));
    recipient.diagnostic = withoutValueType(fields.diagnostic);
    recipient.remoteMta = withoutValueType(fields.remoteMta);
    recipient.status = statusCode(fields.status);
    if (recipient.status.isEmpty())
        recipient.status = SmtpDiagnostic::read(recipient.diagnostic).status();
    const QString action = fields.action.section(u' ', 0, 0).toLower();
    static const QStringList actions{u"failed"_qs, u"delayed"_qs, u"delivered"_qs, u"relayed"_qs, u"expanded"_qs};
    recipient.action = actions.contains(action) ? action : actionForStatus(recipient.status);
    return recipient;
}

bool startsWithField(QByteArrayView line, QByteArrayView name)
{
    return line.size() > name.size() && qstrnicmp(line.data(), name.data(), name.size()) == 0
        && (line.at(name.size()) == ':' || line.at(name.size()) == ' ');
}

} // namespace

QList<BounceRecipient> readDeliveryStatus(QByteArrayView content)
{
    QList<BounceRecipient> recipients;
    for (const HeaderFieldGroup &group : readHeaderFieldGroups(content)) {
        RecipientFields fields;
        const auto flush = [&] {
            if (fields.hasRecipient())
                recipients.append(toRecipient(fields));
            fields = {};
        };
        for (const HeaderField &field : group) {
            // A field the recipient already has starts the next one (MTAs write Final- before
            // or after Original-Recipient).
            if (field.name == "original-recipient") {
                if (!fields.original.isEmpty())
                    flush();
                fields.original = field.value;
            } else if (field.name == "final-recipient") {
                if (!fields.final.isEmpty())
                    flush();
                fields.final = field.value;
            } else if (field.name == "action") {
                setOnce(fields.action, field.value);
            } else if (field.name == "status") {
                setOnce(fields.status, field.value);
            } else if (field.name == "diagnostic-code") {
                setOnce(fields.diagnostic, field.value);
            } else if (field.name == "remote-mta") {
                setOnce(fields.remoteMta, field.value);
            }
        }
        flush();
    }
    return recipients;
}

qsizetype deliveryStatusStart(QByteArrayView text)
{
    qsizetype start = -1; // the first Reporting-MTA or Final-Recipient line
    bool finalRecipient = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos).trimmed();
        if (startsWithField(line, "reporting-mta") || startsWithField(line, "final-recipient")) {
            if (start < 0)
                start = pos;
            finalRecipient = finalRecipient || startsWithField(line, "final-recipient");
        } else if (finalRecipient && (startsWithField(line, "action") || startsWithField(line, "status"))) {
            return start;
        }
        pos = end + 1;
    }
    return -1;
}

QString actionForStatus(QStringView status)
{
    if (status.startsWith(u'4'))
        return u"delayed"_qs;
    if (status.startsWith(u'2'))
        return u"delivered"_qs;
    return u"failed"_qs;
}

} // namespace diffusion
