#pragma once

#include <string>
#include <string_view>

namespace diffusion {

// Header values built from personalized text. Every function here replaces CR, LF and the other
// control characters of its input with spaces first, so no value can end a header, start a new
// one or reach the body (the tests feed them hostile values).

// Appends "Name: value\r\n", folded to lines of at most 78 characters: ASCII text is folded at
// spaces, text with non-ASCII characters becomes RFC 2047 encoded-words (UTF-8, base64) cut on
// character boundaries.
void appendUnstructuredHeader(std::string &out, std::string_view name, std::string_view value);

// Appends "Name: Display Name <address>\r\n" (RFC 5322 mailbox): the display name is a quoted
// string when ASCII, encoded-words otherwise; the address must already be in ASCII form.
void appendMailboxHeader(std::string &out, std::string_view name, std::string_view displayName,
                         std::string_view address);

// Appends a header whose value is already structured ASCII (Message-ID, Date, MIME fields).
void appendRawHeader(std::string &out, std::string_view name, std::string_view value);

// The value with every control character (C0, DEL) replaced by a space.
std::string withoutControlCharacters(std::string_view value);

} // namespace diffusion
