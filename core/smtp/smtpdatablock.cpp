#include "smtpdatablock.h"

#include <cstring>

namespace diffusion {

namespace {

// The start of the next line after `from` that begins with '.', or the end of the message. A line
// begins at the start of the message and after every LF (a bare LF included: a server may take it
// as a line end, so a dot after it is stuffed too).
const char *nextDotLine(const char *from, const char *end, bool atLineStart)
{
    if (atLineStart && from < end && *from == '.')
        return from;
    while (from < end) {
        const auto *newline = static_cast<const char *>(std::memchr(from, '\n', size_t(end - from)));
        if (!newline || newline + 1 == end)
            return end;
        from = newline + 1;
        if (*from == '.')
            return from;
    }
    return end;
}

} // namespace

QByteArray smtpDataBlock(QByteArrayView message)
{
    const char *begin = message.data();
    const char *end = begin + message.size();
    qsizetype dots = 0;
    for (const char *dot = nextDotLine(begin, end, true); dot != end; dot = nextDotLine(dot + 1, end, false))
        ++dots;
    const bool needsLineEnd = !message.isEmpty() && !message.endsWith("\r\n");

    static constexpr char terminator[] = ".\r\n";
    QByteArray block(message.size() + dots + (needsLineEnd ? 2 : 0) + qsizetype(sizeof terminator - 1),
                     Qt::Uninitialized);
    char *out = block.data();
    const char *from = begin;
    for (const char *dot = nextDotLine(begin, end, true); dot != end; dot = nextDotLine(dot + 1, end, false)) {
        std::memcpy(out, from, size_t(dot - from));
        out += dot - from;
        *out++ = '.';
        from = dot; // the line's own dot is copied with what follows
    }
    if (from != end) // an empty view may have no data pointer at all
        std::memcpy(out, from, size_t(end - from));
    out += end - from;
    if (needsLineEnd) {
        std::memcpy(out, "\r\n", 2);
        out += 2;
    }
    std::memcpy(out, terminator, sizeof terminator - 1);
    return block;
}

SmtpMessage smtpMessage(qint64 id, QByteArray envelopeFrom, QByteArray recipient, QByteArrayView message)
{
    return {id, std::move(envelopeFrom), std::move(recipient), smtpDataBlock(message), message.size()};
}

} // namespace diffusion
