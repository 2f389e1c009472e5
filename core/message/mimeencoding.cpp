#include "mimeencoding.h"

#include <algorithm>
#include <array>
#include <cstring>

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

} // namespace

TransferEncoding chooseTransferEncoding(std::string_view text)
{
    size_t escaped = 0;
    for (const char c : text)
        escaped += byteClasses[static_cast<unsigned char>(c)] == Escaped;
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
    const size_t size = text.size();
    for (size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const unsigned char kind = byteClasses[c];
        if (kind == Plain) {
            // A run of plain bytes is copied whole, line by line.
            size_t end = i + 1;
            while (end < size && byteClasses[static_cast<unsigned char>(text[end])] == Plain)
                ++end;
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
            continue;
        }
        if (kind == LineBreak) {
            if (c == '\r' && i + 1 < size && text[i + 1] == '\n')
                ++i;
            *write++ = '\r';
            *write++ = '\n';
            column = 0;
            continue;
        }
        // Whitespace at the end of a line would be stripped in transit, so it is escaped there.
        const bool escape = kind == Escaped || i + 1 == size || byteClasses[static_cast<unsigned char>(text[i + 1])] == LineBreak;
        if (escape) {
            room(3);
            *write++ = '=';
            *write++ = hexDigits[c >> 4];
            *write++ = hexDigits[c & 15];
        } else {
            room(1);
            *write++ = char(c);
        }
    }
    out.resize(size_t(write - out.data()));
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
    appendQuotedPrintable(out, text);
    if (!text.empty() && text.back() != '\n' && text.back() != '\r')
        out += "\r\n";
}

} // namespace diffusion
