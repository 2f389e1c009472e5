#include "htmltext.h"

namespace diffusion {

namespace {

bool startsWithTag(QStringView tagText, QStringView name)
{
    return tagText.startsWith(name, Qt::CaseInsensitive)
        && (tagText.size() == name.size() || !tagText.at(name.size()).isLetterOrNumber());
}

// Tags after which the text goes on on a new line.
bool endsLine(QStringView tagText)
{
    if (tagText.startsWith(u'/'))
        tagText = tagText.mid(1);
    for (QStringView name : {u"br", u"p", u"div", u"tr", u"li", u"h1", u"h2", u"h3", u"h4", u"table", u"pre", u"blockquote"}) {
        if (startsWithTag(tagText, name))
            return true;
    }
    return false;
}

QChar entity(QStringView name)
{
    if (name == u"amp")
        return u'&';
    if (name == u"lt")
        return u'<';
    if (name == u"gt")
        return u'>';
    if (name == u"quot")
        return u'"';
    if (name == u"apos")
        return u'\'';
    if (name == u"nbsp")
        return u' ';
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                       : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0xD800)
            return QChar(char16_t(code));
    }
    return {};
}

} // namespace

QString plainTextFromHtml(QStringView html)
{
    QString text;
    text.reserve(html.size() / 2);
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0)
                break;
            const QStringView tag = html.mid(i + 1, end - i - 1);
            i = end + 1;
            if (startsWithTag(tag, u"script") || startsWithTag(tag, u"style")) {
                const QStringView closing = startsWithTag(tag, u"script") ? QStringView(u"</script") : QStringView(u"</style");
                const qsizetype close = html.indexOf(closing, i, Qt::CaseInsensitive);
                i = close < 0 ? html.size() : close;
            } else if (endsLine(tag)) {
                text += u'\n';
            } else {
                text += u' ';
            }
        } else if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i + 1);
            const QChar decoded = semicolon > 0 && semicolon - i <= 10 ? entity(html.mid(i + 1, semicolon - i - 1)) : QChar();
            if (!decoded.isNull()) {
                text += decoded;
                i = semicolon + 1;
            } else {
                text += c;
                ++i;
            }
        } else {
            text += c;
            ++i;
        }
    }
    return text;
}

} // namespace diffusion
