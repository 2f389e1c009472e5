#include "smtpcapabilities.h"

namespace diffusion {

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities capabilities;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QStringList words = reply.lines[i].split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString keyword = words.takeFirst().toUpper();
        if (keyword.startsWith(u"AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword.truncate(4);
        }
        if (keyword == u"PIPELINING") {
            capabilities.pipelining = true;
        } else if (keyword == u"SIZE") {
            capabilities.sizeLimit = words.isEmpty() ? 0 : std::max(words.first().toLongLong(), qint64(0));
        } else if (keyword == u"8BITMIME") {
            capabilities.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8") {
            capabilities.smtpUtf8 = true;
        } else if (keyword == u"STARTTLS") {
            capabilities.startTls = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES") {
            capabilities.enhancedStatusCodes = true;
        } else if (keyword == u"AUTH") {
            for (const QString &mechanism : std::as_const(words)) {
                capabilities.authPlain = capabilities.authPlain || mechanism.compare(u"PLAIN", Qt::CaseInsensitive) == 0;
                capabilities.authLogin = capabilities.authLogin || mechanism.compare(u"LOGIN", Qt::CaseInsensitive) == 0;
            }
        }
    }
    return capabilities;
}

} // namespace diffusion
