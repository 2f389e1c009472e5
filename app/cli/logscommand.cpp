#include "command.h"
#include "commandline.h"
#include "domain/codes.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace diffusion::cli {

namespace {

QJsonValue idOrNull(std::span<const CodeInfo> table, const SqlStatement &row, int column)
{
    if (row.columnIsNull(column))
        return QJsonValue::Null;
    return stableId(table, int(row.columnInt64(column)));
}

QString labelOf(std::span<const CodeInfo> table, const SqlStatement &row, int column)
{
    if (row.columnIsNull(column))
        return QString();
    const CodeInfo *info = findCode(table, int(row.columnInt64(column)));
    return info ? QCoreApplication::translate("Codes", info->label) : QString();
}

} // namespace

int runLogs(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Prints a delivery's log: one line per message with its status, reason, retries and last reply."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"status"_qs, Cli::tr("Only messages with this status: pending, taken_into_account, sent, failed, ignored or canceled."),
                      u"status"_qs});
    parser.addOption({u"json"_qs, Cli::tr("Print a JSON array, one object per message and per line (keys in docs/cli.md).")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    const qint64 deliveryId = *id;
    const CodeInfo *status = nullptr;
    if (parser.isSet(u"status"_qs)) {
        status = findCode(messageStatusCodes(), parser.value(u"status"_qs));
        if (!status)
            return line.usageError(Cli::tr("Unknown status \"%1\".").arg(parser.value(u"status"_qs)));
    }
    if (!line.openWorkspace(Workspace::OpenMode::OpenExisting))
        return Failure;
    const bool json = parser.isSet(u"json"_qs);
    try {
        ReadConnection reader(line.workspacePath());
        if (!queryValue(reader.db(), u"SELECT count(*) FROM delivery WHERE id = %1"_qs.arg(deliveryId)).toBool())
            return reportFailure(Cli::tr("There is no delivery %1.").arg(deliveryId));
        SqlStatement rows(sqliteHandle(reader.db()),
            std::string("SELECT address, status, failure_type, failure_reason, retries, last_reply, mx_host, updated_at "
                        "FROM broadlog WHERE delivery_id = ?1 ") + (status ? "AND status = ?2 " : "") + "ORDER BY id");
        rows.bind(1, deliveryId);
        if (status)
            rows.bind(2, qint64(status->value));
        const QLocale locale;
        bool first = true;
        if (json)
            out() << '[';
        while (rows.step()) {
            const QDateTime updated = QDateTime::fromSecsSinceEpoch(rows.columnInt64(7), Qt::UTC);
            if (json) {
                const QJsonObject message{
                    {u"recipient"_qs, rows.columnText(0)},
                    {u"status"_qs, idOrNull(messageStatusCodes(), rows, 1)},
                    {u"type"_qs, idOrNull(failureTypeCodes(), rows, 2)},
                    {u"reason"_qs, idOrNull(failureReasonCodes(), rows, 3)},
                    {u"retries"_qs, rows.columnInt64(4)},
                    {u"lastReply"_qs, rows.columnText(5)},
                    {u"mx"_qs, rows.columnText(6)},
                    {u"updatedAt"_qs, updated.toString(Qt::ISODate)}};
                out() << (first ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
            } else {
                out() << rows.columnText(0) << '\t' << labelOf(messageStatusCodes(), rows, 1) << '\t'
                      << labelOf(failureReasonCodes(), rows, 3) << '\t' << locale.toString(rows.columnInt64(4)) << '\t'
                      << rows.columnText(5) << '\t' << locale.toString(updated.toLocalTime(), QLocale::ShortFormat) << '\n';
            }
            first = false;
        }
        if (json)
            out() << (first ? "]\n" : "\n]\n");
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace diffusion::cli
