#include "quarantineaddress.h"

#include "import/emailaddress.h"

namespace diffusion {

QString quarantineAddress(const QString &address)
{
    const QByteArray utf8 = address.trimmed().toUtf8();
    const EmailAddress parsed(std::string_view(utf8.constData(), size_t(utf8.size())));
    return QString::fromUtf8(parsed.ascii().data(), qsizetype(parsed.ascii().size()));
}

} // namespace diffusion
