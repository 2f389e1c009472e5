#include "canonicalization.h"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace diffusion::dkim {

namespace {

char toLowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Both algorithms end a non-empty body with CRLF and drop the empty lines at its end.
void endBody(QByteArray &body)
{
    if (!body.isEmpty() && !body.endsWith("\r\n"))
        body.append("\r\n");
    while (body.endsWith("\r\n\r\n"))
        body.chop(2);
}

constexpr qsizetype blockSize = 64;

#ifdef __SSE2__
// True when relaxed canonicalization leaves the block as it is: no tab, and no space followed
// by WSP or CR (the byte after the block included), tested 16 bytes at a time.
bool isPlainBlock(const char *p)
{
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i cr = _mm_set1_epi8('\r');
    __m128i changes = _mm_setzero_si128();
    for (qsizetype i = 0; i < blockSize; i += 16) {
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 1));
        const __m128i nextIsWspOrCr = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(next, space), _mm_cmpeq_epi8(next, tab)),
                                                   _mm_cmpeq_epi8(next, cr));
        changes = _mm_or_si128(changes, _mm_cmpeq_epi8(here, tab));
        changes = _mm_or_si128(changes, _mm_and_si128(_mm_cmpeq_epi8(here, space), nextIsWspOrCr));
    }
    return _mm_movemask_epi8(changes) == 0;
}
#else
// Without SSE2, every block goes byte by byte.
constexpr bool isPlainBlock(const char *)
{
    return false;
}
#endif

QByteArray relaxedBody(QByteArrayView body)
{
    // This runs over every byte of every message. Text is mostly made of blocks that stay as
    // they are, copied whole; the others go byte by byte, through a pointer (the output is never
    // longer than the input, plus a final CRLF) and without branches on spaces, whose positions
    // are unpredictable.
    QByteArray out(body.size() + 2, Qt::Uninitialized);
    char *o = out.data();
    const char *p = body.data();
    const char *const end = p + body.size();
    bool afterWsp = false;
    while (p != end) {
        if (!afterWsp && end - p > blockSize && isPlainBlock(p)) {
            std::memcpy(o, p, blockSize);
            o += blockSize;
            p += blockSize;
            continue; // afterWsp stays false: the next byte is neither WSP nor CR
        }
        for (const char *const blockEnd = p + qMin(blockSize, end - p); p != blockEnd; ++p) {
            const char c = *p;
            const bool wsp = isWsp(c);
            if (c == '\r' && afterWsp && p + 1 != end && p[1] == '\n')
                --o; // WSP at the end of a line goes (a run is down to one space already)
            *o = wsp ? ' ' : c;
            o += !(wsp && afterWsp); // a WSP run becomes one space
            afterWsp = wsp;
        }
    }
    if (afterWsp)
        --o; // the last line, when it has no CRLF
    out.truncate(o - out.constData());
    endBody(out);
    if (out == "\r\n")
        out.clear();
    return out;
}

} // namespace

QByteArrayView canonicalizationName(Canonicalization canonicalization)
{
    return canonicalization == Canonicalization::Simple ? "simple" : "relaxed";
}

void appendCanonicalHeader(QByteArray &out, Canonicalization canonicalization, QByteArrayView field)
{
    if (canonicalization == Canonicalization::Simple) {
        out.append(field);
        return;
    }
    // The canonical field is never longer than the field, plus a colon when it has none.
    const qsizetype start = out.size();
    out.resize(start + field.size() + 1);
    char *o = out.data() + start;
    const qsizetype colon = field.indexOf(':');
    QByteArrayView name = colon < 0 ? field : field.first(colon);
    while (!name.isEmpty() && isWsp(name.back()))
        name.chop(1);
    for (char c : name)
        *o++ = toLowerAscii(c);
    *o++ = ':';

    // Unfolding removes the CRLFs and keeps the WSP after them, which then compresses with the
    // rest; WSP at either end of the value goes.
    bool pendingSpace = false;
    bool started = false;
    for (char c : colon < 0 ? QByteArrayView() : field.sliced(colon + 1)) {
        if (c == '\r' || c == '\n')
            continue;
        if (isWsp(c)) {
            pendingSpace = started;
            continue;
        }
        if (pendingSpace)
            *o++ = ' ';
        pendingSpace = false;
        started = true;
        *o++ = c;
    }
    out.truncate(o - out.constData());
}

QByteArray canonicalBody(Canonicalization canonicalization, QByteArrayView body)
{
    if (canonicalization == Canonicalization::Relaxed)
        return relaxedBody(body);
    QByteArray out = body.toByteArray();
    endBody(out);
    if (out.isEmpty())
        out = "\r\n";
    return out;
}

} // namespace diffusion::dkim
