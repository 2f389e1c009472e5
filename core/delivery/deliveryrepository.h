#pragma once

#include "delivery.h"
#include "message/fieldset.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// Reads and writes deliveries. Writing functions run inside a StoreWriter job; reading
// functions take any connection. Errors throw StoreError with a sentence for the operator.
class DeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)

public:
    // Inserts a new delivery (state Being edited) and returns its id.
    static qint64 insert(QSqlDatabase &db, const Delivery &delivery);
    static std::optional<Delivery> load(QSqlDatabase &db, qint64 id);
    // Replaces the definition of an editable delivery (with its exclusions) and sends it back to
    // Being edited: its analysis no longer holds. Throws for a delivery being or already sent.
    static void update(QSqlDatabase &db, const Delivery &delivery);
    // Before confirmation: being edited, or analyzed and waiting for confirmation.
    static bool isEditable(DeliveryState state);
    // A new delivery with the same definition and exclusions, being edited, labelled as a copy;
    // returns its id. Proofs and stopped or finished deliveries can be duplicated too.
    static qint64 duplicate(QSqlDatabase &db, qint64 id);
    // Deletes a delivery with its log, analyses and proofs. Refused (StoreError) while it is
    // confirmed and not finished: stop it first.
    static void remove(QSqlDatabase &db, qint64 id);

    // The id of a recipient list by name; throws when there is none.
    static qint64 listId(QSqlDatabase &db, const QString &name);
    // The personalization fields of a list: the built-in ones and its CSV columns.
    static FieldSet fieldsOfList(QSqlDatabase &db, qint64 listId);
};

// What the message builder needs from a delivery. Addresses are converted to their ASCII form;
// an address that cannot be (bad syntax) is kept as typed, for analysis to report.
MessageDefinition messageDefinition(const Delivery &delivery);

} // namespace diffusion
