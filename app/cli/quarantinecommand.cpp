#include "command.h"
#include "commandline.h"
#include "quarantine/quarantineaddress.h"
#include "quarantine/quarantinebook.h"
#include "quarantine/quarantineentry.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <functional>

namespace diffusion::cli {

namespace {

QString statusId(AddressStatus status)
{
    return stableId(addressStatusCodes(), status);
}

QString statusLabel(AddressStatus status)
{
    const CodeInfo *info = findCode(addressStatusCodes(), int(status));
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(int(status));
}

QString reasonLabel(std::optional<FailureReason> reason)
{
    const CodeInfo *info = reason ? findCode(failureReasonCodes(), int(*reason)) : nullptr;
    return info ? QCoreApplication::translate("Codes", info->label) : QString();
}

QJsonValue isoTime(std::optional<qint64> secondsSinceEpoch)
{
    if (!secondsSinceEpoch)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(*secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString localTime(std::optional<qint64> secondsSinceEpoch)
{
    return secondsSinceEpoch ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*secondsSinceEpoch), QLocale::ShortFormat)
                             : QString();
}

void printJson(const QList<QuarantineEntry> &entries)
{
    QJsonArray array;
    for (const QuarantineEntry &entry : entries) {
        array.append(QJsonObject{
            {u"address"_qs, entry.address},
            {u"status"_qs, statusId(entry.status)},
            {u"errors"_qs, entry.errors},
            {u"reason"_qs, entry.reason ? QJsonValue(stableId(failureReasonCodes(), *entry.reason)) : QJsonValue::Null},
            {u"lastError"_qs, entry.lastError},
            {u"note"_qs, entry.note},
            {u"firstErrorAt"_qs, isoTime(entry.firstErrorAt)},
            {u"lastErrorAt"_qs, isoTime(entry.lastErrorAt)},
        });
    }
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// Columns padded to their widest cell; the last one, free text, is not.
void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.first().size() - 1, 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < widths.size(); ++column)
            line += row.at(column).leftJustified(widths.at(column)) + u"  "_qs;
        line += row.constLast();
        while (line.endsWith(u' '))
            line.chop(1);
        out() << line << '\n';
    }
}

void printHuman(const QList<QuarantineEntry> &entries, bool filtered)
{
    if (entries.isEmpty()) {
        out() << (filtered ? Cli::tr("No address has this status.") : Cli::tr("The quarantine holds no address.")) << '\n';
        return;
    }
    const QLocale locale;
    QList<QStringList> rows{{Cli::tr("Address"), Cli::tr("Status"), Cli::tr("Errors"), Cli::tr("Reason"),
                             Cli::tr("First error"), Cli::tr("Last error"), Cli::tr("Note"), Cli::tr("Last reply")}};
    for (const QuarantineEntry &entry : entries) {
        rows.append({entry.address, statusLabel(entry.status), locale.toString(entry.errors), reasonLabel(entry.reason),
                     localTime(entry.firstErrorAt), localTime(entry.lastErrorAt), entry.note, entry.lastError});
    }
    printTable(rows);
}

int runList(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows the addresses the quarantine knows: status, error count, reason and last error."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"status"_qs, Cli::tr("Only this status: valid, with_errors, quarantine, denylisted or allowlisted."),
                      Cli::tr("status")});
    parser.addOption({u"json"_qs, Cli::tr("Print a JSON array instead of a table.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(Cli::tr("quarantine list takes no address."));
    std::optional<AddressStatus> status;
    if (parser.isSet(u"status"_qs)) {
        const CodeInfo *info = findCode(addressStatusCodes(), parser.value(u"status"_qs));
        if (!info)
            return line.usageError(Cli::tr("The status is valid, with_errors, quarantine, denylisted or allowlisted."));
        status = AddressStatus(info->value);
    }
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        ReadConnection reader(workspace->path());
        const QList<QuarantineEntry> entries = quarantineEntries(reader.db(), status);
        if (parser.isSet(u"json"_qs))
            printJson(entries);
        else
            printHuman(entries, status.has_value());
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

// The addresses given, in the quarantine's form; a usage error names the first that is none.
std::optional<QStringList> addressArguments(CommandLine &line, int *code)
{
    const QStringList given = line.parser().positionalArguments();
    if (given.isEmpty()) {
        *code = line.usageError(Cli::tr("Give at least one address."));
        return std::nullopt;
    }
    QStringList addresses;
    for (const QString &text : given) {
        const QString address = quarantineAddress(text);
        if (address.isEmpty()) {
            *code = line.usageError(Cli::tr("\"%1\" is not an e-mail address.").arg(text));
            return std::nullopt;
        }
        addresses.append(address);
    }
    return addresses;
}

int runRelease(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Makes addresses valid again (from quarantine, with errors or denylisted), their error "
                             "count reset."), true);
    line.parser().addPositionalArgument(u"addresses"_qs, Cli::tr("The addresses to release."), u"ADDRESS…"_qs);
    if (auto exit = line.parse(arguments))
        return *exit;
    int code = Success;
    const auto addresses = addressArguments(line, &code);
    if (!addresses)
        return code;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    try {
        const QList<bool> released = decideEach(workspace->writer(), *addresses, [now](QuarantineBook &book, const QString &address) {
            return book.release(address, now);
        }).result();
        for (qsizetype i = 0; i < addresses->size(); ++i) {
            if (released.at(i)) {
                out() << Cli::tr("%1 is valid again.").arg(addresses->at(i)) << '\n';
            } else {
                code = reportFailure(Cli::tr("%1 is not in quarantine, with errors or denylisted: there is nothing to "
                                             "release. See diffusion-cli quarantine list.").arg(addresses->at(i)));
            }
        }
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return code;
}

int runDeny(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Puts addresses on the denylist: analysis leaves them out until they are released."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"reason"_qs, Cli::tr("Why, in your words (kept as the note)."), Cli::tr("text")});
    parser.addPositionalArgument(u"addresses"_qs, Cli::tr("The addresses to denylist."), u"ADDRESS…"_qs);
    if (auto exit = line.parse(arguments))
        return *exit;
    int code = Success;
    const auto addresses = addressArguments(line, &code);
    if (!addresses)
        return code;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const QString note = parser.value(u"reason"_qs).trimmed();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    try {
        const QList<bool> denied = decideEach(workspace->writer(), *addresses, [note, now](QuarantineBook &book, const QString &address) {
            return book.deny(address, note, now);
        }).result();
        for (qsizetype i = 0; i < addresses->size(); ++i) {
            out() << (denied.at(i) ? Cli::tr("%1 is denylisted.") : Cli::tr("%1 was already denylisted.")).arg(addresses->at(i))
                  << '\n';
        }
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace

int runQuarantine(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"list"_qs)
        return runList(arguments.mid(1));
    if (action == u"release"_qs)
        return runRelease(arguments.mid(1));
    if (action == u"deny"_qs)
        return runDeny(arguments.mid(1));
    err() << Cli::tr("Usage: diffusion-cli quarantine list|release|deny [options]") << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
