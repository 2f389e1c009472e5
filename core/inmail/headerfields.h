#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace diffusion {

// One "Name: value" field of a header block or of a report part (RFC 3464 delivery-status,
// RFC 5965 feedback-report): the name in lower case, the value unfolded with its runs of
// white space made one space.
struct HeaderField {
    QByteArray name;
    QString value;
};
using HeaderFieldGroup = QList<HeaderField>;

// Reads the groups of fields of a report part or a header block: continuation lines (starting
// with a space or a tab) are unfolded, blank lines separate groups, lines that are not fields
// are skipped. Stops after maxFields fields. Values are read as UTF-8, bad bytes replaced.
QList<HeaderFieldGroup> readHeaderFieldGroups(QByteArrayView text, qsizetype maxFields = 2000);

// The value of the first field with this lower-case name, or empty.
QString headerFieldValue(const HeaderFieldGroup &group, QByteArrayView name);
// The values of every field with this lower-case name, in order.
QStringList headerFieldValues(const HeaderFieldGroup &group, QByteArrayView name);

// The value without its leading type ("rfc822; a@b" → "a@b", "smtp; 550 …" → "550 …",
// "dns; mx.example.org" → "mx.example.org"); a value without a type is returned trimmed.
QString withoutValueType(const QString &value);

// The address of a mailbox value: inside its angle brackets when it has them ("Name <a@b>"),
// otherwise the value trimmed of quotes and spaces; empty when it holds no '@'.
QString mailboxAddress(const QString &value);
// Every address of an address-list value (To, Cc, Original-Rcpt-To…), in order.
QStringList mailboxAddresses(const QString &value);

// The message ids of a Message-ID, In-Reply-To or References value, without <>; a lone id
// written without brackets is accepted when it holds an '@'.
QStringList messageIdsIn(QStringView value);

} // namespace diffusion
