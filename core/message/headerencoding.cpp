#include "headerencoding.h"

#include "mimeencoding.h"

#include <algorithm>

namespace diffusion {

namespace {

constexpr size_t foldAt = 78;
constexpr std::string_view wordStart = "=?UTF-8?B?";
constexpr std::string_view wordEnd = "?=";

// Text that can go as it is: ASCII, nothing a decoder would take for an encoded-word, and no
// word too long to fold under the 998-octet line limit.
bool canStayAscii(std::string_view text)
{
    if (text.find("=?") != std::string_view::npos)
        return false;
    size_t run = 0;
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
        run = c == ' ' ? 0 : run + 1;
        if (run > 900)
            return false;
    }
    return true;
}

// Length of the longest prefix of text whose base64 fits, cut on a UTF-8 character boundary
// when there is one in reach (text that is not UTF-8 is cut anywhere rather than never).
size_t prefixFitting(std::string_view text, size_t base64Room)
{
    const size_t fits = std::min(text.size(), base64Room / 4 * 3);
    size_t bytes = fits;
    while (bytes > 0 && bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
        --bytes;
    return bytes > 0 ? bytes : fits;
}

// Appends encoded-words from the current column; returns the new column.
size_t appendEncodedWords(std::string &out, std::string_view text, size_t column)
{
    const size_t overhead = wordStart.size() + wordEnd.size();
    while (!text.empty()) {
        size_t room = column + overhead + 4 <= foldAt ? foldAt - column - overhead : 0;
        size_t bytes = prefixFitting(text, room);
        if (bytes == 0) {
            out += "\r\n ";
            column = 1;
            continue;
        }
        out += wordStart;
        appendBase64(out, text.substr(0, bytes));
        out += wordEnd;
        column += overhead + (bytes + 2) / 3 * 4;
        text.remove_prefix(bytes);
        if (!text.empty()) {
            // Whitespace between two encoded-words is dropped by decoders, so folding here is safe.
            out += "\r\n ";
            column = 1;
        }
    }
    return column;
}

// Appends ASCII words folded at spaces; returns the new column.
size_t appendFoldedAscii(std::string &out, std::string_view text, size_t column)
{
    bool first = true;
    while (!text.empty()) {
        const size_t space = text.find(' ', 1);
        const std::string_view word = text.substr(0, space);
        if (!first && column + word.size() > foldAt) {
            out += "\r\n";
            column = 0;
            if (word.front() != ' ') {
                out += ' ';
                column = 1;
            }
        }
        out += word;
        column += word.size();
        text.remove_prefix(word.size());
        first = false;
    }
    return column;
}

void appendStructuredStart(std::string &out, std::string_view name)
{
    out += name;
    out += ": ";
}

} // namespace

std::string withoutControlCharacters(std::string_view value)
{
    std::string clean(value);
    std::replace_if(clean.begin(), clean.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    }, ' ');
    return clean;
}

void appendUnstructuredHeader(std::string &out, std::string_view name, std::string_view value)
{
    const std::string clean = withoutControlCharacters(value);
    appendStructuredStart(out, name);
    const size_t column = name.size() + 2;
    if (canStayAscii(clean))
        appendFoldedAscii(out, clean, column);
    else
        appendEncodedWords(out, clean, column);
    out += "\r\n";
}

void appendMailboxHeader(std::string &out, std::string_view name, std::string_view displayName,
                         std::string_view address)
{
    const std::string cleanName = withoutControlCharacters(displayName);
    const std::string cleanAddress = withoutControlCharacters(address);
    appendStructuredStart(out, name);
    size_t column = name.size() + 2;
    if (!cleanName.empty()) {
        if (canStayAscii(cleanName)) {
            std::string quoted = "\"";
            for (char c : cleanName) {
                if (c == '"' || c == '\\')
                    quoted += '\\';
                quoted += c;
            }
            quoted += '"';
            column = appendFoldedAscii(out, quoted, column);
        } else {
            column = appendEncodedWords(out, cleanName, column);
        }
        if (column + cleanAddress.size() + 3 > foldAt) {
            out += "\r\n";
            column = 0;
        }
        out += ' ';
    }
    out += '<';
    out += cleanAddress;
    out += ">\r\n";
}

void appendRawHeader(std::string &out, std::string_view name, std::string_view value)
{
    appendStructuredStart(out, name);
    out += withoutControlCharacters(value);
    out += "\r\n";
}

} // namespace diffusion
