#pragma once

#include <string>
#include <string_view>

namespace diffusion {

// A recipient address as found in a file, checked against the common addr-spec (RFC 5322 dot-atom
// or quoted local part, RFC 5321 lengths, host-name domain) and normalized for sending: the domain
// lower-cased and, when internationalized, converted to ASCII (IDNA / UTS #46). The local part
// keeps its case, since a server may honour it.
class EmailAddress final
{
public:
    enum class Issue { None, NotSpecified, BadQuality };

    // Takes UTF-8 text, already trimmed: a space or control character anywhere is an error.
    explicit EmailAddress(std::string_view utf8);

    Issue issue() const { return m_issue; }
    // The address to send to; empty when issue() is not None.
    std::string_view ascii() const { return m_ascii; }
    // The ASCII domain of ascii(); empty when issue() is not None.
    std::string_view domain() const;

private:
    Issue m_issue = Issue::None;
    std::string m_ascii;
    size_t m_domainStart = 0;
};

} // namespace diffusion
