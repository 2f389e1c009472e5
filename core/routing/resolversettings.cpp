#include "resolversettings.h"

#include "store/connection.h"
#include "store/storeerror.h"

namespace diffusion {

QHostAddress nameserverFromSettings(QSqlDatabase &db)
{
    const QString nameserverText = queryValue(db, u"SELECT value FROM setting WHERE key = 'dns.nameserver'"_qs).toString().trimmed();
    const QHostAddress nameserver(nameserverText);
    if (!nameserverText.isEmpty() && nameserver.isNull())
        throw StoreError(DnsMxResolver::tr("The workspace setting dns.nameserver is “%1”, which is not an IP address. Give the "
                                           "address of a DNS server, such as 192.0.2.53, or remove the setting to use the "
                                           "system's resolver.").arg(nameserverText));
    return nameserver;
}

std::shared_ptr<MxResolver> resolverFromSettings(QSqlDatabase &db)
{
    const QHostAddress nameserver = nameserverFromSettings(db);
    quint16 port = 25;
    const QVariant portValue = queryValue(db, u"SELECT value FROM setting WHERE key = 'smtp.direct_port'"_qs);
    if (portValue.isValid()) {
        bool ok = false;
        const uint number = portValue.toString().trimmed().toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            throw StoreError(DnsMxResolver::tr("The workspace setting smtp.direct_port is “%1”, which is not a port number from 1 "
                                               "to 65535. Correct it, or remove it to deliver on port 25.").arg(portValue.toString()));
        port = quint16(number);
    }
    return std::make_shared<DnsMxResolver>(nameserver, port);
}

} // namespace diffusion
