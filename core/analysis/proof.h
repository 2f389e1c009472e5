#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace diffusion {

// Proofs ("BAT", ../shared/spec/email-delivery.md §8): the delivery's message sent to at most 100
// test addresses before the real sending, its subject prefixed "Proof #N", N being the number of
// this analysis of the delivery (proofs and analyses share the numbering). A proof is a delivery
// of its own (delivery.proof_of), confirmed at once, whose messages carry the personalization
// of the first recipients of the target; the quarantine neither filters nor counts them.
class Proof final
{
    Q_DECLARE_TR_FUNCTIONS(Proof)

public:
    static constexpr int MaxAddresses = 100;

    struct Created {
        qint64 proofDeliveryId = 0;
        int number = 0;
    };

    // Inside a writer job: checks the delivery (control rules and templates without error) and
    // the addresses (1 to 100, well formed), stores the proof analysis, creates the proof
    // delivery ready for the engine, and notes it in the delivery's audit log. Throws StoreError
    // with a sentence when it cannot.
    static Created create(QSqlDatabase &db, qint64 deliveryId, const QStringList &addresses);
};

} // namespace diffusion
