#pragma once

#include <string>
#include <string_view>

namespace diffusion {

enum class TransferEncoding { SevenBit, QuotedPrintable, Base64 };

// Text that is printable ASCII in short lines goes as it is (7bit), as mail programs send it:
// nothing to encode. Otherwise quoted-printable keeps mostly-ASCII text readable, and base64 is
// smaller once more than about a sixth of the bytes would need escaping. Whichever is chosen, no
// raw 8-bit byte, bare CR or LF, or line over 76 characters reaches the wire, and "=_" (which
// starts every multipart boundary) never appears, so a value can never alter the MIME structure.
TransferEncoding chooseTransferEncoding(std::string_view text);

// The name in Content-Transfer-Encoding.
const char *transferEncodingName(TransferEncoding encoding);

// 7bit text as it is, every line break (CRLF, LF or CR) as CRLF. Only for text that
// chooseTransferEncoding() gave SevenBit.
void appendSevenBit(std::string &out, std::string_view text);

// RFC 2045 §6.7, for text: line breaks (CRLF, LF or CR) become CRLF hard breaks, everything else
// that is not printable ASCII is =XX-escaped, lines are soft-broken at 76 characters.
void appendQuotedPrintable(std::string &out, std::string_view text);

// Plain base64, no line breaks (for encoded-words and DKIM values).
void appendBase64(std::string &out, std::string_view data);

// Base64 in CRLF-terminated lines of 76 characters.
void appendBase64Lines(std::string &out, std::string_view data);

void appendEncoded(std::string &out, std::string_view text, TransferEncoding encoding);

} // namespace diffusion
