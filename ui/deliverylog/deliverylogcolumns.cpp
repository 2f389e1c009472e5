#include "deliverylogcolumns.h"

#include "deliverylogrow.h"
#include "domain/codes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace diffusion::ui::deliverylog {

namespace {

QString codeLabel(std::span<const CodeInfo> table, std::optional<int> value)
{
    if (!value)
        return {};
    const CodeInfo *info = findCode(table, *value);
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(*value);
}

QString codeId(std::span<const CodeInfo> table, std::optional<int> value)
{
    if (!value)
        return {};
    const CodeInfo *info = findCode(table, *value);
    return info ? QString::fromLatin1(info->id) : QString::number(*value);
}

QString optionalTime(std::optional<qint64> seconds)
{
    return seconds ? timeText(*seconds) : QString();
}

QString isoTime(std::optional<qint64> seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

const char *sqlName(int column)
{
    switch (column) {
    case Address: return "address";
    case Status: return "status";
    case Type: return "failure_type";
    case Reason: return "failure_reason";
    case Retries: return "retries";
    case LastReply: return "last_reply";
    case Mx: return "mx_host";
    case Domain: return "domain";
    case CreatedAt: return "created_at";
    case UpdatedAt: return "updated_at";
    case SentAt: return "sent_at";
    case NextAttemptAt: return "next_attempt_at";
    default: return "id";
    }
}

bool changesWhileSending(int column)
{
    // The address, its domain and the creation time are written once, by the analysis.
    return column != Address && column != Domain && column != CreatedAt;
}

QString title(int column)
{
    switch (column) {
    case Address: return QCoreApplication::translate("DeliveryLog", "Address");
    case Status: return QCoreApplication::translate("DeliveryLog", "Status");
    case Type: return QCoreApplication::translate("DeliveryLog", "Type");
    case Reason: return QCoreApplication::translate("DeliveryLog", "Reason");
    case Retries: return QCoreApplication::translate("DeliveryLog", "Retries");
    case LastReply: return QCoreApplication::translate("DeliveryLog", "Last reply");
    case Mx: return QCoreApplication::translate("DeliveryLog", "MX");
    case Domain: return QCoreApplication::translate("DeliveryLog", "Domain");
    case CreatedAt: return QCoreApplication::translate("DeliveryLog", "Created");
    case UpdatedAt: return QCoreApplication::translate("DeliveryLog", "Updated");
    case SentAt: return QCoreApplication::translate("DeliveryLog", "Sent");
    case NextAttemptAt: return QCoreApplication::translate("DeliveryLog", "Next attempt");
    default: return {};
    }
}

QString text(const DeliveryLogRow &row, int column)
{
    switch (column) {
    case Address: return row.address;
    case Status: return codeLabel(messageStatusCodes(), row.status);
    case Type: return codeLabel(failureTypeCodes(), row.failureType);
    case Reason: return codeLabel(failureReasonCodes(), row.failureReason);
    case Retries: return QLocale().toString(row.retries);
    case LastReply: return row.lastReply;
    case Mx: return row.mxHost;
    case Domain: return row.domain;
    case CreatedAt: return timeText(row.createdAt);
    case UpdatedAt: return timeText(row.updatedAt);
    case SentAt: return optionalTime(row.sentAt);
    case NextAttemptAt: return optionalTime(row.nextAttemptAt);
    default: return {};
    }
}

QString csvText(const DeliveryLogRow &row, int column)
{
    switch (column) {
    case Status: return codeId(messageStatusCodes(), row.status);
    case Type: return codeId(failureTypeCodes(), row.failureType);
    case Reason: return codeId(failureReasonCodes(), row.failureReason);
    case Retries: return QString::number(row.retries);
    case CreatedAt: return isoTime(row.createdAt);
    case UpdatedAt: return isoTime(row.updatedAt);
    case SentAt: return isoTime(row.sentAt);
    case NextAttemptAt: return isoTime(row.nextAttemptAt);
    default: return text(row, column);
    }
}

Qt::Alignment alignment(int column)
{
    return column == Retries ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

QString timeText(qint64 secondsSinceEpoch)
{
    // The short format stops at the minute; a log needs the second.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u's'))
        format.replace(u"mm"_qs, u"mm:ss"_qs);
    return locale.toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch), format);
}

QString outcomeText(const QString &outcome)
{
    if (outcome == u"accepted")
        return QCoreApplication::translate("DeliveryLog", "Accepted");
    if (outcome == u"rejected")
        return QCoreApplication::translate("DeliveryLog", "Rejected");
    if (outcome == u"deferred")
        return QCoreApplication::translate("DeliveryLog", "Deferred");
    if (outcome == u"connection_error")
        return QCoreApplication::translate("DeliveryLog", "Connection error");
    return outcome;
}

} // namespace diffusion::ui::deliverylog
