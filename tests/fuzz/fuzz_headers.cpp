// Any bytes as a header value or display name must give one well-formed header field: CRLF only
// as folding (followed by a space) or at the very end, no bare CR or LF, no line over 998 octets.
#include "message/headerencoding.h"

#include <cstdlib>
#include <string>

using namespace diffusion;

namespace {

void checkField(const std::string &field)
{
    size_t lineStart = 0;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\n' && (i == 0 || field[i - 1] != '\r'))
            std::abort();
        if (field[i] != '\r')
            continue;
        if (i + 1 >= field.size() || field[i + 1] != '\n')
            std::abort();
        const bool last = i + 2 == field.size();
        if (!last && field[i + 2] != ' ')
            std::abort(); // a new header line would start here
        if (i - lineStart > 998)
            std::abort();
        lineStart = i + 2;
    }
    if (field.size() < 2 || field.compare(field.size() - 2, 2, "\r\n") != 0)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    std::string field;
    appendUnstructuredHeader(field, "Subject", input);
    checkField(field);
    field.clear();
    // Addresses reach the encoder validated, so at most 254 octets (RFC 5321); display names do not.
    const size_t split = input.find('\0');
    const std::string_view address = split == std::string_view::npos ? "a@b.c" : input.substr(split + 1, 254);
    appendMailboxHeader(field, "From", input.substr(0, split), address);
    checkField(field);
    return 0;
}
