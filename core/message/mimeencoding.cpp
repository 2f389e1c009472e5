#include "mimeencoding.h"

#include <algorithm>

namespace diffusion {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";
constexpr char base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr size_t maxLine = 76;

bool needsEscaping(unsigned char c)
{
    return c == '=' || c < 0x20 || c > 0x7e;
}

} // namespace

TransferEncoding chooseTransferEncoding(std::string_view text)
{
    const auto escaped = std::count_if(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u != '\r' && u != '\n' && u != ' ' && u != '\t' && needsEscaping(u);
    });
    return escaped * 6 > std::ptrdiff_t(text.size()) ? TransferEncoding::Base64 : TransferEncoding::QuotedPrintable;
}

void appendQuotedPrintable(std::string &out, std::string_view text)
{
    // Written through a pointer into room sized for the worst case (every byte escaped, plus a
    // soft break per 73 characters): this loop is the hottest part of building a message.
    const size_t start = out.size();
    out.resize(start + text.size() * 3 + text.size() / 8 + 8);
    char *write = out.data() + start;
    size_t column = 0;
    const auto room = [&](size_t length) {
        // Keep a place for the soft break's "=".
        if (column + length > maxLine - 1) {
            *write++ = '=';
            *write++ = '\r';
            *write++ = '\n';
            column = 0;
        }
        column += length;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            *write++ = '\r';
            *write++ = '\n';
            column = 0;
            continue;
        }
        bool escape = needsEscaping(c) && c != '\t';
        if (!escape && (c == ' ' || c == '\t')) {
            // Whitespace at the end of a line would be stripped in transit, so it is escaped there.
            escape = i + 1 == text.size() || text[i + 1] == '\r' || text[i + 1] == '\n';
        }
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
