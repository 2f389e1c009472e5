#include "analysisstore.h"

#include "confirmation.h"
#include "contenthash.h"
#include "delivery/deliveryrepository.h"
#include "kpi/kpiledger.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace diffusion {

namespace {

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray argsToJson(const QVariantList &args)
{
    QJsonArray array;
    for (const QVariant &arg : args)
        array.append(QJsonValue::fromVariant(arg));
    return array;
}

QVariantList argsFromJson(const QJsonArray &array)
{
    QVariantList args;
    for (const QJsonValue &value : array) {
        if (value.isDouble() && value.toDouble() == double(value.toInteger()))
            args.append(value.toInteger());
        else
            args.append(value.toVariant());
    }
    return args;
}

void readEntries(QSqlDatabase &db, AnalysisReport &report)
{
    SqlStatement entries(sqliteHandle(db), "SELECT step, severity, code, source, args, count, examples, details FROM analysis_log "
                                           "WHERE analysis_id = ? ORDER BY id");
    entries.bind(1, report.id);
    while (entries.step()) {
        AnalysisEntry entry;
        for (int step = 0; step <= int(AnalysisStep::Estimate); ++step) {
            if (analysisStepId(AnalysisStep(step)) == entries.columnText(0))
                entry.step = AnalysisStep(step);
        }
        entry.severity = severityFromId(entries.columnText(1)).value_or(Severity::Information);
        entry.code = entries.columnText(2);
        entry.source = entries.columnText(3).toUtf8();
        entry.args = argsFromJson(QJsonDocument::fromJson(entries.columnText(4).toUtf8()).array());
        entry.count = entries.columnIsNull(5) ? -1 : entries.columnInt64(5);
        for (const QJsonValue &example : QJsonDocument::fromJson(entries.columnText(6).toUtf8()).array())
            entry.examples.append(example.toString());
        entry.details = QJsonDocument::fromJson(entries.columnText(7).toUtf8()).object();
        report.entries.append(entry);
    }
}

std::optional<AnalysisReport> readReport(QSqlDatabase &db, SqlStatement &row)
{
    if (!row.step())
        return std::nullopt;
    AnalysisReport report;
    report.id = row.columnInt64(0);
    report.deliveryId = row.columnInt64(1);
    report.number = int(row.columnInt64(2));
    report.proof = row.columnText(3) == u"proof"_qs;
    report.contentHash = row.columnText(4);
    report.startedAt = row.columnInt64(5);
    report.finishedAt = row.columnInt64(6);
    report.readFigures(QJsonDocument::fromJson(row.columnText(7).toUtf8()).object());
    row.reset();
    readEntries(db, report);
    return report;
}

constexpr const char *reportColumns = "SELECT id, delivery_id, number, kind, content_hash, started_at, finished_at, report FROM analysis ";

} // namespace

qint64 AnalysisStore::insertReport(QSqlDatabase &db, AnalysisReport &report)
{
    sqlite3 *handle = sqliteHandle(db);
    report.number = int(queryValue(db, u"SELECT COALESCE(max(number), 0) + 1 FROM analysis WHERE delivery_id = %1"_qs
                                           .arg(report.deliveryId)).toLongLong());
    SqlStatement insert(handle, "INSERT INTO analysis (delivery_id, number, kind, content_hash, started_at, finished_at, errors, "
                                "warnings, to_deliver, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, report.deliveryId);
    insert.bind(2, qint64(report.number));
    insert.bind(3, report.proof ? u"proof"_qs : u"delivery"_qs);
    insert.bind(4, report.contentHash);
    insert.bind(5, report.startedAt);
    insert.bind(6, report.finishedAt);
    insert.bind(7, qint64(report.count(Severity::Error)));
    insert.bind(8, qint64(report.count(Severity::Warning)));
    insert.bind(9, report.toDeliver);
    insert.bind(10, compact(report.figures()));
    insert.run();
    report.id = queryValue(db, u"SELECT last_insert_rowid()"_qs).toLongLong();

    SqlStatement line(handle, "INSERT INTO analysis_log (analysis_id, step, severity, code, message, source, args, count, "
                              "examples, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const AnalysisEntry &entry : std::as_const(report.entries)) {
        line.bind(1, report.id);
        line.bind(2, analysisStepId(entry.step));
        line.bind(3, severityId(entry.severity));
        line.bind(4, entry.code);
        line.bind(5, entry.text());
        line.bind(6, QString::fromUtf8(entry.source));
        line.bind(7, compact(argsToJson(entry.args)));
        if (entry.count >= 0)
            line.bind(8, entry.count);
        else
            line.bindNull(8);
        line.bind(9, compact(QJsonArray::fromStringList(entry.examples)));
        line.bind(10, compact(entry.details));
        line.run();
    }
    return report.id;
}

AnalysisReport AnalysisStore::write(QSqlDatabase &db, const AnalysisOutcome &outcome)
{
    AnalysisReport report = outcome.report;
    const qint64 deliveryId = report.deliveryId;
    const std::optional<Delivery> delivery = DeliveryRepository::load(db, deliveryId);
    if (!delivery)
        throw StoreError(tr("There is no delivery %1.").arg(deliveryId));
    if (!DeliveryRepository::isEditable(delivery->state))
        throw StoreError(tr("The delivery %1 started sending while it was analyzed; the analysis is not kept.").arg(deliveryId));
    if (deliveryContentHash(db, *delivery) != report.contentHash)
        throw StoreError(tr("The delivery %1 changed while it was analyzed. Analyze it again.").arg(deliveryId));

    sqlite3 *handle = sqliteHandle(db);
    const auto run = [handle](const char *sql, qint64 id) {
        SqlStatement statement(handle, sql);
        statement.bind(1, id);
        statement.run();
    };
    run("DELETE FROM broadlog WHERE delivery_id = ?", deliveryId);
    execute(db, u"CREATE TEMP TABLE IF NOT EXISTS analysis_exclusion (recipient_id INTEGER PRIMARY KEY, reason INTEGER NOT NULL)"_qs);
    execute(db, u"DELETE FROM temp.analysis_exclusion"_qs);
    {
        SqlStatement exclude(handle, "INSERT INTO temp.analysis_exclusion (recipient_id, reason) VALUES (?, ?)");
        for (const auto &[id, reason] : outcome.exclusions) {
            exclude.bind(1, id);
            exclude.bind(2, qint64(reason));
            exclude.run();
        }
    }
    // Ignored rows keep the address as imported when it is not usable, for the operator to see.
    SqlStatement insert(handle,
        "INSERT INTO broadlog (delivery_id, recipient_id, address, domain, status, failure_type, failure_reason, created_at, updated_at) "
        "SELECT ?1, r.id, CASE WHEN r.address_issue IS NULL THEN r.email_ascii ELSE r.email END, r.domain, "
        "       CASE WHEN x.reason IS NULL THEN 0 ELSE 4 END, reason.default_type, x.reason, ?2, ?2 "
        "FROM recipient r LEFT JOIN temp.analysis_exclusion x ON x.recipient_id = r.id "
        "LEFT JOIN ref_failure_reason reason ON reason.value = x.reason "
        "WHERE r.list_id = ?3 ORDER BY r.id");
    insert.bind(1, deliveryId);
    insert.bind(2, report.finishedAt);
    insert.bind(3, delivery->listId);
    insert.run();
    execute(db, u"DELETE FROM temp.analysis_exclusion"_qs);
    KpiLedger::clear(db, deliveryId);
    KpiLedger kpis;
    for (auto it = outcome.domains.cbegin(); it != outcome.domains.cend(); ++it) {
        const std::string domain = it.key().toStdString();
        kpis.add(deliveryId, domain, {int(MessageStatus::Pending)}, it->pending);
        for (auto reason = it->ignored.cbegin(); reason != it->ignored.cend(); ++reason) {
            const CodeInfo *code = findCode(failureReasonCodes(), int(reason.key()));
            kpis.add(deliveryId, domain, {int(MessageStatus::Ignored), code ? code->defaultType : 0, int(reason.key())}, reason.value());
        }
    }
    kpis.write(db);

    insertReport(db, report);
    SqlStatement pending(handle, "UPDATE delivery SET state = 45, content_hash = ?, analysis_id = ?, updated_at = ? WHERE id = ?");
    pending.bind(1, report.contentHash);
    pending.bind(2, report.id);
    pending.bind(3, report.finishedAt);
    pending.bind(4, deliveryId);
    pending.run();

    const int errors = report.count(Severity::Error);
    const int warnings = report.count(Severity::Warning);
    SqlStatement log(handle, "INSERT INTO event_log (at, delivery_id, kind, severity, message, details) "
                             "VALUES (?, ?, 'analysis', ?, ?, json_object('analysis', ?, 'errors', ?, 'warnings', ?))");
    log.bind(1, report.finishedAt);
    log.bind(2, deliveryId);
    log.bind(3, severityId(errors > 0 ? Severity::Error : warnings > 0 ? Severity::Warning : Severity::Information));
    log.bind(4, tr("Analysis #%1: %2 to deliver, %3 left out.").arg(report.number).arg(report.toDeliver).arg(report.excludedTotal()));
    log.bind(5, qint64(report.number));
    log.bind(6, qint64(errors));
    log.bind(7, qint64(warnings));
    log.run();

    const bool automatic = delivery->approvalMode == ApprovalMode::Automatic && errors == 0;
    const bool semiAutomatic = delivery->approvalMode == ApprovalMode::SemiAutomatic && errors == 0 && warnings == 0;
    if (automatic || semiAutomatic)
        Confirmation::confirm(db, deliveryId, approvalModeId(delivery->approvalMode));
    return report;
}

std::optional<AnalysisReport> AnalysisStore::latest(QSqlDatabase &db, qint64 deliveryId)
{
    SqlStatement row(sqliteHandle(db), std::string(reportColumns) + "WHERE delivery_id = ? AND kind = 'delivery' ORDER BY number DESC LIMIT 1");
    row.bind(1, deliveryId);
    return readReport(db, row);
}

std::optional<AnalysisReport> AnalysisStore::load(QSqlDatabase &db, qint64 analysisId)
{
    SqlStatement row(sqliteHandle(db), std::string(reportColumns) + "WHERE id = ?");
    row.bind(1, analysisId);
    return readReport(db, row);
}

} // namespace diffusion
