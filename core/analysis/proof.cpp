#include "proof.h"

#include "analysisstore.h"
#include "controlrules.h"
#include "personalizationcheck.h"
#include "delivery/deliveryrepository.h"
#include "import/emailaddress.h"
#include "kpi/kpiledger.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace diffusion {

Proof::Created Proof::create(QSqlDatabase &db, qint64 deliveryId, const QStringList &addresses)
{
    std::optional<Delivery> delivery = DeliveryRepository::load(db, deliveryId);
    if (!delivery)
        throw StoreError(tr("There is no delivery %1.").arg(deliveryId));
    if (delivery->proofOf != 0)
        throw StoreError(tr("The delivery %1 is itself a proof.").arg(deliveryId));
    if (addresses.isEmpty())
        throw StoreError(tr("Give at least one address to send the proof to."));
    if (addresses.size() > MaxAddresses)
        throw StoreError(tr("A proof goes to at most %1 addresses; %2 were given.").arg(MaxAddresses).arg(addresses.size()));
    QStringList ascii;
    QStringList invalid;
    for (const QString &address : addresses) {
        const QByteArray utf8 = address.trimmed().toUtf8();
        const EmailAddress parsed(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (parsed.issue() == EmailAddress::Issue::None)
            ascii.append(QString::fromUtf8(parsed.ascii().data(), qsizetype(parsed.ascii().size())));
        else
            invalid.append(address);
    }
    if (!invalid.isEmpty())
        throw StoreError(tr("These proof addresses are not valid: %1.").arg(invalid.join(u", "_qs)));

    AnalysisReport report;
    report.deliveryId = deliveryId;
    report.proof = true;
    report.startedAt = QDateTime::currentSecsSinceEpoch();
    report.entries = startRules(*delivery);
    report.entries += PersonalizationCheck(*delivery, DeliveryRepository::fieldsOfList(db, delivery->listId)).templateEntries();
    if (const int errors = report.count(Severity::Error); errors > 0) {
        QStringList sentences;
        for (const AnalysisEntry &entry : std::as_const(report.entries)) {
            if (entry.severity == Severity::Error)
                sentences.append(entry.text());
        }
        throw StoreError(tr("The proof cannot be sent: %1").arg(sentences.join(u' ')));
    }
    AnalysisEntry target = AnalysisEntry::make(AnalysisStep::Targeting, Severity::Information, "proof_target",
                                               QT_TRANSLATE_N_NOOP("Analysis", "Proof for %Ln test address(es): %1."),
                                               {ascii.join(u", "_qs)});
    target.count = ascii.size();
    report.entries.append(target);
    report.recipients = report.toDeliver = ascii.size();
    report.finishedAt = report.startedAt;
    AnalysisStore::insertReport(db, report);

    Delivery proof = *delivery;
    proof.proofOf = deliveryId;
    proof.label = tr("Proof #%1 of %2").arg(report.number).arg(delivery->label);
    proof.subject = u"Proof #%1 - %2"_qs.arg(report.number).arg(delivery->subject);
    proof.state = DeliveryState::StartPending;
    proof.approvalMode = ApprovalMode::Automatic;
    proof.exclusions.clear();
    const qint64 proofId = DeliveryRepository::insert(db, proof);

    // Message k carries the personalization of the target's k-th recipient, so that the test
    // addresses see real values.
    SqlStatement substitutes(sqliteHandle(db), "SELECT id FROM recipient WHERE list_id = ? AND address_issue IS NULL ORDER BY id LIMIT ?");
    substitutes.bind(1, delivery->listId);
    substitutes.bind(2, qint64(ascii.size()));
    QList<qint64> recipientIds;
    while (substitutes.step())
        recipientIds.append(substitutes.columnInt64(0));
    SqlStatement row(sqliteHandle(db), "INSERT INTO broadlog (delivery_id, recipient_id, address, domain, status, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, 0, ?, ?)");
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        row.bind(1, proofId);
        if (i < recipientIds.size())
            row.bind(2, recipientIds.at(i));
        else
            row.bindNull(2);
        row.bind(3, ascii.at(i));
        row.bind(4, ascii.at(i).section(u'@', -1));
        row.bind(5, report.finishedAt);
        row.bind(6, report.finishedAt);
        row.run();
    }
    KpiLedger::rebuild(db, proofId);

    SqlStatement log(sqliteHandle(db), "INSERT INTO event_log (at, delivery_id, kind, severity, message, details) "
                                       "VALUES (?, ?, 'proof', 'info', ?, ?)");
    log.bind(1, report.finishedAt);
    log.bind(2, deliveryId);
    log.bind(3, tr("Proof #%1 sent to %n address(es).", nullptr, int(ascii.size())).arg(report.number));
    const QJsonObject details{{u"number"_qs, report.number}, {u"proofDelivery"_qs, proofId},
                              {u"addresses"_qs, QJsonArray::fromStringList(ascii)}};
    log.bind(4, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    log.run();
    return {proofId, report.number};
}

} // namespace diffusion
