#pragma once

#include "delivery.h"
#include "dkim/dkimsigner.h"
#include "message/messagebuilder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace diffusion {

// Which keys sign a delivery's messages, before the key files are read.
struct SigningSettings {
    QString domain;
    QList<std::pair<QString, QString>> keys; // PEM path, selector
    dkim::Canonicalization canonicalization = dkim::Canonicalization::Relaxed;
    bool oversignFrom = false;
};

// Produces a delivery's messages: personalization and MIME (MessageBuilder), then DKIM. The
// builder is not shareable between threads; the signer is, so a thread pool gives each worker a
// copy() that shares the signer.
class DeliveryMessages final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryMessages)

public:
    // The DKIM keys the delivery signs with: its own key, or else every key of the
    // sender's domain in the dkim_key table (two keys give dual signing).
    static std::optional<SigningSettings> signingSettings(QSqlDatabase &db, const Delivery &delivery);

    // Reads the key files once for a whole delivery; null without settings. A key that cannot be
    // used gives null and a sentence in *error.
    static std::shared_ptr<const DkimSigner> loadSigner(const std::optional<SigningSettings> &signing, QString *error);

    // Loads the keys; a key that cannot be used is reported by dkimError(), not thrown, so that
    // analysis can list it with the other problems.
    DeliveryMessages(const Delivery &delivery, const FieldSet &fields, const std::optional<SigningSettings> &signing);
    // With a signer already loaded, shared with other threads' DeliveryMessages.
    DeliveryMessages(const Delivery &delivery, const FieldSet &fields, std::shared_ptr<const DkimSigner> signer);

    QList<TemplateIssue> templateIssues() const { return m_builder.issues(); }
    QString dkimError() const { return m_dkimError; }
    bool isSigned() const { return bool(m_signer); }

    // Builds and signs one message. Returns false with a sentence in *error when the
    // recipient's values cannot be personalized or the message cannot be signed.
    bool produce(MessageRecipient &recipient, qint64 unixTime, BuiltMessage &out, QString *error);

private:
    MessageBuilder m_builder;
    QString m_dkimError; // before m_signer: the constructor writes it while loading the signer
    std::shared_ptr<const DkimSigner> m_signer;
};

} // namespace diffusion
