#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;

namespace diffusion {

enum class ConnectionMode { ReadWrite, ReadOnly };

// Opens a SQLite connection with the workspace's pragmas, under a name unique to this call.
// Throws StoreError when the file cannot be opened.
QSqlDatabase openConnection(const QString &path, ConnectionMode mode);

// Closes the connection and removes it from Qt's registry. Call it with no other copy alive.
void closeConnection(QSqlDatabase &db);

// The raw handle behind a QSQLITE connection, for the few hot paths that bind rows directly.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Runs one statement and returns the active query; throws StoreError naming the statement on failure.
QSqlQuery runQuery(const QSqlDatabase &db, const QString &sql);

// Runs one statement that returns no rows; throws StoreError naming the statement on failure.
void execute(const QSqlDatabase &db, const QString &sql);

// The first column of the first row of a query, or an invalid QVariant when there is no row.
QVariant queryValue(const QSqlDatabase &db, const QString &sql);

// A read-only connection owned by one object in one thread (a model, a CLI command, a worker).
class ReadConnection final
{
public:
    explicit ReadConnection(const QString &path);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace diffusion
