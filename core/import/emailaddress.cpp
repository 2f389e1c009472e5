#include "emailaddress.h"

#include <QString>
#include <QUrl>
#include <algorithm>
#include <array>
#include <iterator>

namespace diffusion {

namespace {

// RFC 5321 limits, in octets of the ASCII form. 254 is the 256 of a forward-path without its
// angle brackets.
constexpr size_t maxLocalPart = 64;
constexpr size_t maxAddress = 254;
constexpr size_t maxLabel = 63;

constexpr std::array<bool, 256> atextTable = [] {
    std::array<bool, 256> table{};
    for (char c : std::string_view("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isPrintableAscii(char c)
{
    return c >= 0x20 && c <= 0x7e;
}

bool isDotAtom(std::string_view local)
{
    if (local.empty() || local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
        return false;
    return std::all_of(local.begin(), local.end(),
                       [](char c) { return c == '.' || atextTable[static_cast<unsigned char>(c)]; });
}

// RFC 5321 Quoted-string: printable ASCII and spaces, with \ escaping the next character.
bool isQuotedString(std::string_view local)
{
    if (local.size() < 2 || local.front() != '"' || local.back() != '"')
        return false;
    const std::string_view inner = local.substr(1, local.size() - 2);
    for (size_t i = 0; i < inner.size(); ++i) {
        const bool escaped = inner[i] == '\\';
        if (escaped)
            ++i;
        if (i == inner.size() || !isPrintableAscii(inner[i]) || (!escaped && inner[i] == '"'))
            return false;
    }
    return true;
}

bool isLdhLabel(std::string_view label)
{
    if (label.empty() || label.size() > maxLabel || label.front() == '-' || label.back() == '-')
        return false;
    return std::all_of(label.begin(), label.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// A lower-case ASCII host name with at least two labels. An all-digit last label is refused:
// no top-level domain is numeric, so such a name is an IP address written without brackets.
bool isHostName(std::string_view domain)
{
    if (domain.find('.') == std::string_view::npos)
        return false;
    std::string_view label;
    for (size_t start = 0; start <= domain.size();) {
        const size_t dot = std::min(domain.find('.', start), domain.size());
        label = domain.substr(start, dot - start);
        if (!isLdhLabel(label))
            return false;
        start = dot + 1;
    }
    return !std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Appends the domain in lower-case ASCII; an IDN through Qt's UTS #46 processing, which answers
// an empty string for a name it cannot convert. Qt lets some non-host characters through ('_', a
// final dot), hence the host-name check afterwards.
void appendAsciiDomain(std::string &ascii, std::string_view domain)
{
    if (std::any_of(domain.begin(), domain.end(), [](char c) { return (c & 0x80) != 0; })) {
        ascii += QUrl::toAce(QString::fromUtf8(domain.data(), qsizetype(domain.size()))).toStdString();
        return;
    }
    std::transform(domain.begin(), domain.end(), std::back_inserter(ascii),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
}

} // namespace

EmailAddress::EmailAddress(std::string_view utf8)
{
    if (utf8.empty()) {
        m_issue = Issue::NotSpecified;
        return;
    }
    // The last '@': a quoted local part may contain others.
    const size_t at = utf8.rfind('@');
    const std::string_view local = utf8.substr(0, at);
    if (at == std::string_view::npos || local.size() > maxLocalPart || !(isDotAtom(local) || isQuotedString(local))) {
        m_issue = Issue::BadQuality;
        return;
    }
    m_ascii.reserve(utf8.size());
    m_ascii.append(local).append(1, '@');
    m_domainStart = m_ascii.size();
    appendAsciiDomain(m_ascii, utf8.substr(at + 1));
    if (!isHostName(domain()) || m_ascii.size() > maxAddress) {
        m_issue = Issue::BadQuality;
        m_ascii.clear();
        m_domainStart = 0;
    }
}

std::string_view EmailAddress::domain() const
{
    return std::string_view(m_ascii).substr(m_domainStart);
}

} // namespace diffusion
