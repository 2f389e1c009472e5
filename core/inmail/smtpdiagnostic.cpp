#include "smtpdiagnostic.h"

namespace diffusion {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Digits from `at`, at most `most`; returns how many.
qsizetype digitRun(QStringView text, qsizetype at, qsizetype most)
{
    qsizetype n = 0;
    while (at + n < text.size() && n < most && isDigit(text.at(at + n)))
        ++n;
    return n;
}

// An RFC 3463 code "class.subject.detail" starting exactly at `at` (class 2, 4 or 5, subject 0
// to 7 as RFC 5248 registers them); its length, or 0.
qsizetype enhancedLengthAt(QStringView text, qsizetype at)
{
    if (at + 5 > text.size() || !(text.at(at) == u'2' || text.at(at) == u'4' || text.at(at) == u'5'))
        return 0;
    if (text.at(at + 1) != u'.' || text.at(at + 2) < u'0' || text.at(at + 2) > u'7' || text.at(at + 3) != u'.')
        return 0;
    const qsizetype detail = digitRun(text, at + 4, 3);
    if (detail == 0)
        return 0;
    const qsizetype pos = at + 4 + detail;
    // Not the start of a longer dotted number (an IP address, a version).
    if (pos < text.size() && (isDigit(text.at(pos)) || (text.at(pos) == u'.' && pos + 1 < text.size() && isDigit(text.at(pos + 1)))))
        return 0;
    return pos - at;
}

// A three-digit reply code starting exactly at `at`, standing alone before a space, a hyphen
// or the end; its value, or 0.
int replyCodeAt(QStringView text, qsizetype at)
{
    if (at + 3 > text.size() || digitRun(text, at, 4) != 3)
        return 0;
    if (text.at(at) < u'2' || text.at(at) > u'5')
        return 0;
    if (at > 0) {
        const QChar before = text.at(at - 1);
        if (!(before.isSpace() || before == u'\'' || before == u'"' || before == u'(' || before == u'>' || before == u'['))
            return 0;
    }
    if (at + 3 < text.size() && text.at(at + 3) != u' ' && text.at(at + 3) != u'-')
        return 0;
    return text.mid(at, 3).toInt();
}

qsizetype skipSeparators(QStringView text, qsizetype at)
{
    while (at < text.size() && (text.at(at) == u' ' || text.at(at) == u'-'))
        ++at;
    return at;
}

// The text with the prefixes a multi-line reply repeats ("550-5.1.1 ", "550 5.1.1 ", "550-")
// taken out, white space made single.
QString withoutLinePrefixes(QStringView text, int code, QStringView enhanced)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if ((i == 0 || text.at(i - 1).isSpace()) && replyCodeAt(text, i) == code && i + 3 < text.size()) {
            qsizetype next = skipSeparators(text, i + 3);
            if (!enhanced.isEmpty() && text.mid(next).startsWith(enhanced) && enhancedLengthAt(text, next) == enhanced.size())
                next = skipSeparators(text, next + enhanced.size());
            if (text.at(i + 3) == u'-' || next > i + 4) {
                out += u' ';
                i = next;
                continue;
            }
        }
        out += text.at(i++);
    }
    return out.simplified();
}

} // namespace

qsizetype findEnhancedCode(QStringView text, qsizetype from, qsizetype *length)
{
    for (qsizetype i = from; i + 5 <= text.size(); ++i) {
        // A code alone starts a word ("#5.1.1" and "(5.1.1)" do), not "v-4.2.1" or "x5.1.1".
        const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
        if (before.isLetterOrNumber() || before == u'.' || before == u'-' || before == u'_')
            continue;
        if (const qsizetype n = enhancedLengthAt(text, i)) {
            *length = n;
            return i;
        }
    }
    return -1;
}

qsizetype findCodedReply(QStringView text, qsizetype from, bool failuresOnly)
{
    for (qsizetype i = from; i + 9 <= text.size(); ++i) {
        const int code = replyCodeAt(text, i);
        if (code == 0 || (failuresOnly && code < 400))
            continue;
        const qsizetype next = i + 4;
        if (next < text.size() && text.at(next) == text.at(i) && enhancedLengthAt(text, next) > 0)
            return i;
    }
    return -1;
}

qsizetype findFailureCode(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i + 5 <= text.size(); ++i) {
        const int code = replyCodeAt(text, i);
        if (code < 421)
            continue;
        const QChar after = text.at(i + 4);
        if (after.isLetter() || after == u'<' || enhancedLengthAt(text, i + 4) > 0)
            return i;
    }
    return -1;
}

SmtpDiagnostic SmtpDiagnostic::read(QStringView diagnostic)
{
    SmtpDiagnostic result;
    const QStringView text = diagnostic.trimmed();
    qsizetype at = replyCodeAt(text, 0) != 0 ? 0 : findCodedReply(text, 0, false);
    if (at < 0)
        at = findFailureCode(text, 0);
    if (at < 0) {
        qsizetype length = 0;
        if (const qsizetype found = findEnhancedCode(text, 0, &length); found >= 0)
            result.enhanced = text.mid(found, length).toString();
        result.text = text.toString().simplified();
        return result;
    }
    result.code = replyCodeAt(text, at);
    qsizetype pos = skipSeparators(text, at + 3);
    if (const qsizetype length = enhancedLengthAt(text, pos); length > 0 && text.at(pos) == text.at(at)) {
        result.enhanced = text.mid(pos, length).toString();
        pos += length;
    }
    result.text = withoutLinePrefixes(text.mid(pos), result.code, result.enhanced);
    return result;
}

QString SmtpDiagnostic::status() const
{
    if (!enhanced.isEmpty())
        return enhanced;
    return code != 0 ? QString::number(code / 100) + u".0.0"_qs : QString();
}

} // namespace diffusion
