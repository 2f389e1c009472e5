#include "contenthash.h"

#include "store/connection.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace diffusion {

QString deliveryContentHash(QSqlDatabase &db, const Delivery &d)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << d.listId << d.senderAddress << d.senderName << d.replyTo << d.envelopeSender << d.subject << d.html << d.text;
    for (const auto &[name, value] : d.customHeaders)
        stream << name << value;
    stream << d.unsubscribeUrl << d.unsubscribeMailto << d.unsubscribeHeaders << d.verp << d.validitySeconds
           << d.dkim.domain << d.dkim.selector << d.dkim.keyPath << d.dkim.algorithm << d.dkim.canonicalization
           << d.dkim.oversignFrom << int(d.approvalMode) << d.deduplicate << d.targetLimit.value_or(-1) << d.controlGroup;
    for (const Exclusion &exclusion : d.exclusions)
        stream << int(exclusion.kind) << exclusion.value;
    // updated_at counts seconds: the last recipient id tells an import within the same second.
    stream << queryValue(db, u"SELECT updated_at FROM recipient_list WHERE id = %1"_qs.arg(d.listId)).toLongLong()
           << queryValue(db, u"SELECT max(id) FROM recipient WHERE list_id = %1"_qs.arg(d.listId)).toLongLong();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace diffusion
