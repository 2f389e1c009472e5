#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace diffusion {

class StoreWriter;

struct ImportOptions {
    QString listName;   // created when missing
    QString filePath;   // CSV (RFC 4180), UTF-8
    bool replace = false; // empty the list first, in the same transaction
};

// A row that could not be imported, with the physical line of the file where it starts (1-based).
struct ImportIssue {
    qint64 line = 0;
    QString reason; // a translated sentence
};

struct ImportResult {
    qint64 listId = 0;
    qint64 imported = 0;            // rows written, including those with an unusable address
    qint64 addressNotSpecified = 0; // of which: empty address (reason 7)
    qint64 badQuality = 0;          // of which: invalid syntax (reason 14)
    qint64 rejected = 0;            // malformed rows, not written
    QList<ImportIssue> issues;      // the first rejected rows (at most maxReportedIssues)
    QStringList customColumns;      // header columns stored in custom_fields
    static constexpr int maxReportedIssues = 1000;
};

// Called now and then with the bytes read so far and the file size; return false to cancel.
// It runs on the thread that runs the import (the store writer), so keep it cheap.
using ImportProgress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

// Imports a CSV file into a recipient list inside the caller's transaction (a StoreWriter job).
// Malformed rows are skipped and reported with their line. A file that cannot be read, is not
// UTF-8, has no e-mail column, or is canceled throws StoreError: the caller's savepoint then
// leaves the list as it was.
ImportResult importRecipients(QSqlDatabase &db, const ImportOptions &options, const ImportProgress &progress = {});

// Queues importRecipients() on the workspace's writer thread.
QFuture<ImportResult> submitImport(StoreWriter &writer, const ImportOptions &options, ImportProgress progress = {});

} // namespace diffusion
