#include "headerfields.h"

namespace diffusion {

namespace {

bool isFieldNameChar(char c)
{
    return c > ' ' && c < 127 && c != ':';
}

// Appends a value's words to `value`, one space between them.
void appendWords(QString &value, QByteArrayView line)
{
    const QString text = QString::fromUtf8(line).simplified();
    if (text.isEmpty())
        return;
    if (!value.isEmpty())
        value += u' ';
    value += text;
}

} // namespace

QList<HeaderFieldGroup> readHeaderFieldGroups(QByteArrayView text, qsizetype maxFields)
{
    QList<HeaderFieldGroup> groups;
    HeaderFieldGroup group;
    bool inField = false; // a continuation line belongs to the last field
    qsizetype fields = 0;
    qsizetype pos = 0;
    while (pos < text.size() && fields < maxFields) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!group.isEmpty())
                groups.append(std::exchange(group, {}));
            inField = false;
            continue;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (inField)
                appendWords(group.last().value, line);
            continue;
        }
        qsizetype colon = 0;
        while (colon < line.size() && isFieldNameChar(line.at(colon)))
            ++colon;
        // "Name: value", tolerating spaces before the colon ("Status : 5.1.1").
        qsizetype afterName = colon;
        while (afterName < line.size() && (line.at(afterName) == ' ' || line.at(afterName) == '\t'))
            ++afterName;
        inField = colon > 0 && afterName < line.size() && line.at(afterName) == ':';
        if (!inField)
            continue;
        HeaderField field{line.first(colon).toByteArray().toLower(), {}};
        appendWords(field.value, line.sliced(afterName + 1));
        group.append(std::move(field));
        ++fields;
    }
    if (!group.isEmpty())
        groups.append(std::move(group));
    return groups;
}

QString headerFieldValue(const HeaderFieldGroup &group, QByteArrayView name)
{
    for (const HeaderField &field : group) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

QStringList headerFieldValues(const HeaderFieldGroup &group, QByteArrayView name)
{
    QStringList values;
    for (const HeaderField &field : group) {
        if (field.name == name)
            values.append(field.value);
    }
    return values;
}

QString withoutValueType(const QString &value)
{
    const qsizetype semicolon = value.indexOf(u';');
    if (semicolon > 0) {
        const QStringView type = QStringView(value).left(semicolon).trimmed();
        bool isType = !type.isEmpty();
        for (const QChar c : type)
            isType = isType && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.');
        if (isType)
            return value.mid(semicolon + 1).trimmed();
    }
    return value.trimmed();
}

QString mailboxAddress(const QString &value)
{
    QStringView address(value);
    const qsizetype open = address.lastIndexOf(u'<');
    if (open >= 0) {
        const qsizetype close = address.indexOf(u'>', open);
        address = address.mid(open + 1, close < 0 ? -1 : close - open - 1);
    }
    address = address.trimmed();
    while (!address.isEmpty() && (address.front() == u'"' || address.front() == u'\'' || address.front() == u'<'))
        address = address.mid(1);
    while (!address.isEmpty() && (address.back() == u'"' || address.back() == u'\'' || address.back() == u'>'
                                  || address.back() == u'.' || address.back() == u','))
        address.chop(1);
    if (!address.contains(u'@') || address.contains(u' '))
        return {};
    return address.toString();
}

QStringList mailboxAddresses(const QString &value)
{
    QStringList addresses;
    bool quoted = false;
    int angle = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const QChar c = i < value.size() ? value.at(i) : QChar(u',');
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        else if (c == u',' && (!quoted || i == value.size()) && angle == 0) {
            if (const QString address = mailboxAddress(withoutValueType(value.mid(start, i - start))); !address.isEmpty())
                addresses.append(address);
            start = i + 1;
        }
    }
    return addresses;
}

QStringList messageIdsIn(QStringView value)
{
    QStringList ids;
    qsizetype pos = 0;
    while ((pos = value.indexOf(u'<', pos)) >= 0) {
        const qsizetype close = value.indexOf(u'>', pos + 1);
        if (close < 0)
            break;
        const QStringView id = value.mid(pos + 1, close - pos - 1).trimmed();
        if (!id.isEmpty() && !id.contains(u' ') && !ids.contains(id))
            ids.append(id.toString());
        pos = close + 1;
    }
    if (ids.isEmpty()) {
        const QStringView lone = value.trimmed();
        if (lone.contains(u'@') && !lone.contains(u' '))
            ids.append(lone.toString());
    }
    return ids;
}

} // namespace diffusion
