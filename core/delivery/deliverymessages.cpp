#include "deliverymessages.h"

#include "deliveryrepository.h"
#include "dkim/dkimerror.h"
#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace diffusion {

namespace {

QString domainOf(const QString &address)
{
    return address.mid(address.lastIndexOf(u'@') + 1);
}

dkim::Canonicalization canonicalization(const QString &name)
{
    return name == u"simple"_qs ? dkim::Canonicalization::Simple : dkim::Canonicalization::Relaxed;
}

} // namespace

std::optional<SigningSettings> DeliveryMessages::signingSettings(QSqlDatabase &db, const Delivery &delivery)
{
    SigningSettings options;
    options.domain = delivery.dkim.domain.isEmpty() ? domainOf(messageDefinition(delivery).fromAddress) : delivery.dkim.domain;
    options.canonicalization = canonicalization(delivery.dkim.canonicalization);
    options.oversignFrom = delivery.dkim.oversignFrom;
    // Key files are read later, by the constructor, so that a bad key is reported, not thrown.
    QList<std::pair<QString, QString>> &keys = options.keys;
    if (delivery.dkim.isSet()) {
        keys.append({delivery.dkim.keyPath, delivery.dkim.selector});
    } else {
        QSqlQuery query(db);
        query.prepare(u"SELECT key_path, selector FROM dkim_key WHERE domain = ? ORDER BY id"_qs);
        query.addBindValue(options.domain);
        if (!query.exec())
            throw StoreError(tr("Cannot read the DKIM keys: %1").arg(query.lastError().text()));
        while (query.next())
            keys.append({query.value(0).toString(), query.value(1).toString()});
    }
    if (keys.isEmpty())
        return std::nullopt;
    return options;
}

std::shared_ptr<const DkimSigner> DeliveryMessages::loadSigner(const std::optional<SigningSettings> &signing, QString *error)
{
    if (!signing)
        return nullptr;
    try {
        DkimSigner::Options options{signing->domain, {}, signing->canonicalization, signing->oversignFrom};
        for (const auto &[path, selector] : signing->keys)
            options.signatures.append({DkimKey::fromFile(path), selector});
        return std::make_shared<const DkimSigner>(options);
    } catch (const DkimError &failure) {
        if (error)
            *error = failure.message();
        return nullptr;
    }
}

DeliveryMessages::DeliveryMessages(const Delivery &delivery, const FieldSet &fields,
                                   const std::optional<SigningSettings> &signing)
    : m_builder(messageDefinition(delivery), fields), m_signer(loadSigner(signing, &m_dkimError))
{
}

DeliveryMessages::DeliveryMessages(const Delivery &delivery, const FieldSet &fields, std::shared_ptr<const DkimSigner> signer)
    : m_builder(messageDefinition(delivery), fields), m_signer(std::move(signer))
{
}

bool DeliveryMessages::produce(MessageRecipient &recipient, qint64 unixTime, BuiltMessage &out, QString *error)
{
    if (!m_dkimError.isEmpty()) {
        if (error)
            *error = m_dkimError;
        return false;
    }
    if (!m_builder.build(recipient, unixTime, out, error))
        return false;
    if (!m_signer)
        return true;
    try {
        const QByteArray message = QByteArray::fromStdString(out.data);
        const QByteArray signatures = m_signer->signatureHeaders(message, unixTime);
        out.data.insert(0, signatures.constData(), size_t(signatures.size()));
    } catch (const DkimError &failure) {
        if (error)
            *error = failure.message();
        return false;
    }
    return true;
}

} // namespace diffusion
