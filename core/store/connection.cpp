#include "connection.h"

#include "storeerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace diffusion {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"diffusion-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QSqlDatabase openConnection(const QString &path, ConnectionMode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, uniqueConnectionName());
    db.setDatabaseName(path);
    // The busy timeout lets a second process (the GUI beside a headless engine) wait its turn.
    QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_qs;
    if (mode == ConnectionMode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_qs;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        closeConnection(db);
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the workspace %1: %2")
                             .arg(path, why));
    }
    execute(db, u"PRAGMA foreign_keys = ON"_qs);
    return db;
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(QCoreApplication::translate("Store", "The SQLite driver gave no database handle."));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlQuery runQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        throw StoreError(QCoreApplication::translate("Store", "The workspace refused a statement (%1): %2")
                             .arg(sql.left(80), query.lastError().text()));
    }
    return query;
}

void execute(const QSqlDatabase &db, const QString &sql)
{
    runQuery(db, sql);
}

QVariant queryValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = runQuery(db, sql);
    return query.next() ? query.value(0) : QVariant();
}

ReadConnection::ReadConnection(const QString &path)
    : m_db(openConnection(path, ConnectionMode::ReadOnly))
{
}

ReadConnection::~ReadConnection()
{
    closeConnection(m_db);
}

} // namespace diffusion
