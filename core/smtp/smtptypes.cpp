#include "smtptypes.h"

namespace diffusion {

QString SmtpReply::toString() const
{
    if (code == 0)
        return {};
    QString text = QString::number(code);
    if (!enhanced.isEmpty())
        text += u' ' + enhanced;
    const QString joined = lines.join(u' ');
    if (!joined.isEmpty())
        text += u' ' + joined;
    return text;
}

} // namespace diffusion
