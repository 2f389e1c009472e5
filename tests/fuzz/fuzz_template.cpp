// Any template source and any values must compile and render without crashing or hanging;
// compile errors are reported, never thrown.
#include "message/messagetemplate.h"

#include <string>

using namespace diffusion;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto escaping = Escaping(data[0] % 3);
    const std::string_view input(reinterpret_cast<const char *>(data + 1), size - 1);
    // The source is up to the first NUL; the values follow, NUL-separated.
    const size_t end = input.find('\0');
    const QString source = QString::fromUtf8(input.substr(0, end));
    static const FieldSet fields({QStringLiteral("city"), QStringLiteral("tier")});
    FieldValues values(size_t(fields.size()));
    if (end != std::string_view::npos) {
        std::string_view rest = input.substr(end + 1);
        for (std::string &value : values) {
            const size_t next = rest.find('\0');
            value = std::string(rest.substr(0, next));
            if (next == std::string_view::npos)
                break;
            rest.remove_prefix(next + 1);
        }
    }
    MessageTemplate compiled(source, escaping, fields);
    std::string out;
    QString error;
    compiled.render(values, out, &error);
    return 0;
}
