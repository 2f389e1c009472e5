#include "smtpreplyparser.h"

#include <cstring>

namespace diffusion {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39.
bool isReplyCode(QByteArrayView line)
{
    return line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '5'
        && isDigit(line[2]);
}

// Up to three digits from `from`; the offset after them, or -1 when there is none.
qsizetype skipNumber(QByteArrayView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && end - from < 3 && isDigit(text[end]))
        ++end;
    return end > from ? end : -1;
}

// The length of the RFC 3463 code ("class.subject.detail") that starts `text`, or 0. Its class
// must be the reply's: "250 5.1.1" is text that happens to look like a code, not a code.
qsizetype enhancedCodeLength(QByteArrayView text, char replyClass)
{
    if (text.size() < 5 || text[0] != replyClass || text[1] != '.')
        return 0;
    const qsizetype subjectEnd = skipNumber(text, 2);
    if (subjectEnd < 0 || subjectEnd >= text.size() || text[subjectEnd] != '.')
        return 0;
    const qsizetype detailEnd = skipNumber(text, subjectEnd + 1);
    if (detailEnd < 0 || (detailEnd < text.size() && text[detailEnd] != ' '))
        return 0;
    return detailEnd;
}

// Enough of a faulty line to recognise it in an error message, without control characters.
QString excerpt(QByteArrayView line)
{
    constexpr qsizetype shown = 80;
    QString text = QString::fromUtf8(line.first(std::min(line.size(), shown)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return line.size() > shown ? text + u'…' : text;
}

} // namespace

void SmtpReplyParser::append(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    m_lastReplyStart = m_lastReplyEnd = 0;
    if (m_replyStart == m_buffer.size()) {
        // Everything before was consumed: share the received bytes instead of copying them.
        m_buffer = bytes;
        m_lineStart -= m_replyStart;
        m_replyStart = 0;
        return;
    }
    if (m_replyStart > 0) {
        m_buffer.remove(0, m_replyStart);
        m_lineStart -= m_replyStart;
        m_replyStart = 0;
    }
    m_buffer.append(bytes);
}

SmtpReplyParser::Status SmtpReplyParser::next()
{
    if (!m_error.isEmpty())
        return Status::Error;
    if (m_replyComplete) {
        m_reply = {};
        m_replyComplete = false;
    }
    for (;;) {
        const char *data = m_buffer.constData();
        const auto *newline = static_cast<const char *>(
            std::memchr(data + m_lineStart, '\n', size_t(m_buffer.size() - m_lineStart)));
        // Without a newline yet, a trailing CR is the first half of a CRLF still on its way.
        QByteArrayView line(data + m_lineStart, (newline ? newline - data : m_buffer.size()) - m_lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > maxLineLength)
            return fail(tr("The server sent a reply line longer than %Ln bytes.", nullptr, int(maxLineLength)));
        if (!newline)
            return Status::Incomplete;
        const qsizetype lineEnd = newline - data + 1;
        if (lineEnd - m_replyStart > maxReplySize)
            return fail(tr("The server sent a reply longer than %Ln bytes.", nullptr, int(maxReplySize)));
        bool last = false;
        if (!takeLine(line, &last))
            return Status::Error;
        m_lineStart = lineEnd;
        if (last) {
            m_lastReplyStart = m_replyStart;
            m_lastReplyEnd = m_replyStart = lineEnd;
            m_replyComplete = true;
            return Status::Reply;
        }
    }
}

QByteArrayView SmtpReplyParser::rawReply() const
{
    return QByteArrayView(m_buffer).sliced(m_lastReplyStart, m_lastReplyEnd - m_lastReplyStart);
}

SmtpReplyParser::Status SmtpReplyParser::fail(const QString &error)
{
    m_error = error;
    m_reply = {};
    return Status::Error;
}

bool SmtpReplyParser::takeLine(QByteArrayView line, bool *last)
{
    if (!isReplyCode(line) || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        fail(tr("The server sent “%1”, which is not an SMTP reply; check that the host and port "
                "are those of a mail server.").arg(excerpt(line)));
        return false;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (!m_reply.lines.isEmpty() && code != m_reply.code) {
        fail(tr("The server sent a multi-line reply whose lines carry different codes (%1, then %2).")
                 .arg(m_reply.code)
                 .arg(code));
        return false;
    }
    *last = line.size() == 3 || line[3] == ' ';
    m_reply.code = code;
    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    if (const qsizetype length = enhancedCodeLength(text, line[0])) {
        if (m_reply.enhanced.isEmpty())
            m_reply.enhanced = QString::fromLatin1(text.first(length));
        text = text.sliced(std::min(length + 1, text.size()));
    }
    m_reply.lines.append(QString::fromUtf8(text));
    return true;
}

} // namespace diffusion
