#include "mimeencoding.h"

#include <algorithm>
#include <array>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace diffusion {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";
constexpr char base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr size_t maxLine = 76;

constexpr bool needsEscaping(unsigned char c)
{
    return c == '=' || c < 0x20 || c > 0x7e;
}

// What quoted-printable does with each byte, looked up once per byte on the hot path.
enum ByteClass : unsigned char { Plain, Escaped, LineBreak, Blank };

constexpr std::array<unsigned char, 256> byteClasses = [] {
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        if (c == '\r' || c == '\n')
            classes[size_t(c)] = LineBreak;
        else if (c == ' ' || c == '\t')
            classes[size_t(c)] = Blank;
        else
            classes[size_t(c)] = needsEscaping(static_cast<unsigned char>(c)) ? Escaped : Plain;
    }
    return classes;
}();

// Length of the leading run of printable ASCII other than "=" (bytes quoted-printable copies as
// they are), sixteen bytes at a time where SSE2 is there: most of a message body is such runs.
size_t printableRun(const char *text, size_t size)
{
    size_t i = 0;
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7f);
    const __m128i equals = _mm_set1_epi8('=');
    for (; i + 16 <= size; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        // Signed comparison: bytes from 0x80 up are negative, so "below a space" catches them too.
        const __m128i stop = _mm_or_si128(_mm_cmplt_epi8(bytes, space),
                                          _mm_or_si128(_mm_cmpeq_epi8(bytes, del), _mm_cmpeq_epi8(bytes, equals)));
        if (const int mask = _mm_movemask_epi8(stop))
            return i + size_t(__builtin_ctz(unsigned(mask)));
    }
#endif
    while (i < size && text[i] >= 0x20 && text[i] < 0x7f && text[i] != '=')
        ++i;
    return i;
}

} // namespace

namespace {

// Printable ASCII and tabs, lines of at most 76 characters, no blank at the end of a line (transit
// may strip it), no "=_".
bool fitsSevenBit(std::string_view text)
{
    const char *data = text.data();
    const size_t size = text.size();
    size_t lineStart = 0;
    for (size_t i = printableRun(data, size);; i += 1 + printableRun(data + i + 1, size - i - 1)) {
        const char stop = i == size ? '\n' : data[i];
        if (stop == '\r' || stop == '\n') {
            if (i - lineStart > maxLine || (i > lineStart && byteClasses[static_cast<unsigned char>(data[i - 1])] == Blank))
                return false;
            if (i == size)
                return true;
            lineStart = i + 1;
        } else if (stop == '=') {
            if (i + 1 < size && data[i + 1] == '_')
                return false;
        } else if (stop != '\t') {
            return false;
        }
    }
}

} // namespace

TransferEncoding chooseTransferEncoding(std::string_view text)
{
    if (fitsSevenBit(text))
        return TransferEncoding::SevenBit;
    size_t escaped = 0;
    for (size_t i = printableRun(text.data(), text.size()); i < text.size();
         i += 1 + printableRun(text.data() + i + 1, text.size() - i - 1))
        escaped += byteClasses[static_cast<unsigned char>(text[i])] == Escaped;
    return escaped * 6 > text.size() ? TransferEncoding::Base64 : TransferEncoding::QuotedPrintable;
}

void appendQuotedPrintable(std::string &out, std::string_view text)
{
    // Written through a pointer into room sized for the worst case (every byte escaped, plus a
    // soft break per 73 characters): this loop is the hottest part of building a message.
    const size_t start = out.size();
    out.resize(start + text.size() * 3 + text.size() / 8 + 8);
    char *write = out.data() + start;
    size_t column = 0;
    const auto softBreak = [&] {
        *write++ = '=';
        *write++ = '\r';
        *write++ = '\n';
        column = 0;
    };
    const auto room = [&](size_t length) {
        // Keep a place for the soft break's "=".
        if (column + length > maxLine - 1)
            softBreak();
        column += length;
    };
    const auto escape = [&](unsigned char c) {
        room(3);
        *write++ = '=';
        *write++ = hexDigits[c >> 4];
        *write++ = hexDigits[c & 15];
    };
    const size_t size = text.size();
    const auto classOf = [&text](size_t at) { return byteClasses[static_cast<unsigned char>(text[at])]; };
    for (size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const unsigned char kind = byteClasses[c];
        if (kind == LineBreak) {
            if (c == '\r' && i + 1 < size && text[i + 1] == '\n')
                ++i;
            *write++ = '\r';
            *write++ = '\n';
            column = 0;
            continue;
        }
        if (kind == Escaped) {
            escape(c);
            continue;
        }
        // A run of plain bytes and blanks is copied whole, line by line, except the blanks that
        // end a line: those would be stripped in transit, so they are escaped.
        size_t end = i + 1;
        while (end < size) {
            end += printableRun(text.data() + end, size - end);
            if (end == size || classOf(end) != Blank)
                break;
            ++end; // a tab
        }
        if (end == size || classOf(end) == LineBreak) {
            while (end > i && classOf(end - 1) == Blank)
                --end;
        }
        if (end == i) {
            escape(c);
            continue;
        }
        while (i < end) {
            if (column >= maxLine - 1)
                softBreak();
            const size_t chunk = std::min(end - i, maxLine - 1 - column);
            std::memcpy(write, text.data() + i, chunk);
            write += chunk;
            column += chunk;
            i += chunk;
        }
        --i;
    }
    out.resize(size_t(write - out.data()));
}

const char *transferEncodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return "7bit";
    case TransferEncoding::QuotedPrintable:
        return "quoted-printable";
    case TransferEncoding::Base64:
        break;
    }
    return "base64";
}

void appendSevenBit(std::string &out, std::string_view text)
{
    out.reserve(out.size() + text.size() + text.size() / 16 + 2);
    const char *data = text.data();
    const size_t size = text.size();
    size_t from = 0;
    for (size_t i = printableRun(data, size); i < size; i += 1 + printableRun(data + i + 1, size - i - 1)) {
        if (data[i] != '\r' && data[i] != '\n')
            continue; // a tab or "="
        out.append(data + from, i - from);
        out += "\r\n";
        if (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n')
            ++i;
        from = i + 1;
    }
    out.append(data + from, size - from);
}

void appendBase64(std::string &out, std::string_view data)
{
    out.reserve(out.size() + (data.size() + 2) / 3 * 4);
    for (size_t i = 0; i < data.size(); i += 3) {
        const size_t remaining = std::min<size_t>(3, data.size() - i);
        uint32_t group = uint32_t(static_cast<unsigned char>(data[i])) << 16;
        if (remaining > 1)
            group |= uint32_t(static_cast<unsigned char>(data[i + 1])) << 8;
        if (remaining > 2)
            group |= static_cast<unsigned char>(data[i + 2]);
        out += base64Alphabet[(group >> 18) & 63];
        out += base64Alphabet[(group >> 12) & 63];
        out += remaining > 1 ? base64Alphabet[(group >> 6) & 63] : '=';
        out += remaining > 2 ? base64Alphabet[group & 63] : '=';
    }
}

void appendBase64Lines(std::string &out, std::string_view data)
{
    constexpr size_t bytesPerLine = maxLine / 4 * 3;
    for (size_t i = 0; i < data.size(); i += bytesPerLine) {
        appendBase64(out, data.substr(i, bytesPerLine));
        out += "\r\n";
    }
}

void appendEncoded(std::string &out, std::string_view text, TransferEncoding encoding)
{
    if (encoding == TransferEncoding::Base64) {
        appendBase64Lines(out, text);
        return;
    }
    if (encoding == TransferEncoding::SevenBit)
        appendSevenBit(out, text);
    else
        appendQuotedPrintable(out, text);
    if (!text.empty() && text.back() != '\n' && text.back() != '\r')
        out += "\r\n";
}

} // namespace diffusion
