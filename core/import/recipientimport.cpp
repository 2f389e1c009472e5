#include "recipientimport.h"

#include "csvreader.h"
#include "domain/codes.h"
#include "emailaddress.h"
#include "recipientcolumns.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace diffusion {

namespace {

// Rows between two progress calls: rare enough to cost nothing, often enough for a progress bar.
constexpr qint64 progressInterval = 4096;

RecipientColumns readHeader(CsvReader &reader, const QString &path)
{
    switch (reader.next()) {
    case CsvReader::Status::End:
        throw StoreError(QCoreApplication::translate("RecipientImport",
            "The file %1 is empty. A recipient file starts with a line naming its columns, then has one line per recipient.")
                             .arg(path));
    case CsvReader::Status::Malformed:
        throw StoreError(QCoreApplication::translate("RecipientImport", "The header of %1 (line %2) is malformed: %3")
                             .arg(path, QLocale().toString(reader.line()), reader.faultText()));
    case CsvReader::Status::Record:
        break;
    }
    return RecipientColumns(reader.fields());
}

// The list's custom columns (personalization fields): those already there, unless the list is
// replaced, then the file's new ones, in header order.
QString customColumnsJson(sqlite3 *db, qint64 listId, const ImportOptions &options, const QStringList &fileColumns)
{
    QStringList columns;
    if (!options.replace) {
        SqlStatement select(db, "SELECT custom_columns FROM recipient_list WHERE id = ?1");
        select.bind(1, listId);
        if (select.step()) {
            const QJsonArray known = QJsonDocument::fromJson(select.columnText(0).toUtf8()).array();
            for (const QJsonValue &column : known)
                columns.append(column.toString());
        }
    }
    for (const QString &column : fileColumns) {
        if (!columns.contains(column))
            columns.append(column);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact));
}

// Finds or creates the list, empties it for a replace, and records the import's time and columns.
qint64 prepareList(sqlite3 *db, const ImportOptions &options, const QStringList &customColumns)
{
    SqlStatement upsert(db, "INSERT INTO recipient_list (name, created_at, updated_at) VALUES (?1, ?2, ?2) "
                            "ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at RETURNING id");
    upsert.bind(1, options.listName);
    upsert.bind(2, QDateTime::currentSecsSinceEpoch());
    upsert.step();
    const qint64 listId = upsert.columnInt64(0);
    upsert.reset();
    if (options.replace) {
        SqlStatement clear(db, "DELETE FROM recipient WHERE list_id = ?1");
        clear.bind(1, listId);
        clear.run();
    }
    SqlStatement update(db, "UPDATE recipient_list SET custom_columns = ?2 WHERE id = ?1");
    update.bind(1, listId);
    update.bind(2, customColumnsJson(db, listId, options, customColumns));
    update.run();
    return listId;
}

void insertRecipient(SqlStatement &insert, RecipientColumns &columns, const RecipientColumns::Fields &row,
                     qint64 line, ImportResult &result)
{
    const std::string_view email = CsvReader::trimmed(columns.email(row));
    const EmailAddress address(email);
    insert.bind(1, result.listId);
    insert.bind(2, email);
    insert.bind(3, address.ascii());
    insert.bind(4, address.domain());
    insert.bind(5, CsvReader::trimmed(columns.firstName(row)));
    insert.bind(6, CsvReader::trimmed(columns.lastName(row)));
    insert.bind(7, columns.customFields(row));
    switch (address.issue()) {
    case EmailAddress::Issue::None:
        insert.bindNull(8);
        break;
    case EmailAddress::Issue::NotSpecified:
        insert.bind(8, qint64(FailureReason::AddressNotSpecified));
        ++result.addressNotSpecified;
        break;
    case EmailAddress::Issue::BadQuality:
        insert.bind(8, qint64(FailureReason::BadQualityAddress));
        ++result.badQuality;
        break;
    }
    insert.bind(9, line);
    insert.run();
    ++result.imported;
}

QString rejectionReason(const CsvReader &reader, CsvReader::Status status, size_t columnCount)
{
    if (status == CsvReader::Status::Malformed)
        return reader.faultText();
    return QCoreApplication::translate("RecipientImport", "The row has %Ln field(s); the header has %1.", nullptr,
                                       int(reader.fields().size()))
        .arg(QLocale().toString(qulonglong(columnCount)));
}

} // namespace

ImportResult importRecipients(QSqlDatabase &db, const ImportOptions &options, const ImportProgress &progress)
{
    if (options.listName.trimmed().isEmpty())
        throw StoreError(QCoreApplication::translate("RecipientImport", "The recipient list needs a name."));
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw StoreError(QCoreApplication::translate("RecipientImport", "Cannot read the file %1: %2")
                             .arg(options.filePath, file.errorString()));
    }
    CsvReader reader(file);
    RecipientColumns columns = readHeader(reader, options.filePath);

    sqlite3 *handle = sqliteHandle(db);
    ImportResult result;
    result.customColumns = columns.customNames();
    result.listId = prepareList(handle, options, result.customColumns);
    SqlStatement insert(handle, "INSERT INTO recipient (list_id, email, email_ascii, domain, first_name, last_name, "
                                "custom_fields, address_issue, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qint64 records = 1;; ++records) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (progress && records % progressInterval == 0 && !progress(reader.bytesRead(), reader.bytesTotal()))
            throw StoreError(QCoreApplication::translate("RecipientImport", "The import was canceled; the list was left as it was."));
        if (status == CsvReader::Status::Record && reader.fields().size() == columns.count()) {
            insertRecipient(insert, columns, reader.fields(), reader.line(), result);
            continue;
        }
        ++result.rejected;
        if (result.issues.size() < ImportResult::maxReportedIssues)
            result.issues.append({reader.line(), rejectionReason(reader, status, columns.count())});
    }
    return result;
}

QFuture<ImportResult> submitImport(StoreWriter &writer, const ImportOptions &options, ImportProgress progress)
{
    return writer.submit([options, progress = std::move(progress)](QSqlDatabase &db) {
        return importRecipients(db, options, progress);
    });
}

} // namespace diffusion
