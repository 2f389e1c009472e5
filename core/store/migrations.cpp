#include "migrations.h"

#include "connection.h"
#include "sqlstatement.h"
#include "storeerror.h"
#include "../domain/codes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace diffusion {

namespace {

QStringList migrationScripts()
{
    const QString folder = u":/diffusion/migrations"_qs;
    QStringList scripts;
    const QStringList names = QDir(folder).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        scripts.append(folder + u'/' + name);
    return scripts;
}

void runScript(QSqlDatabase &db, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "Missing migration script %1.").arg(resource));
    const QByteArray sql = file.readAll();
    char *message = nullptr;
    sqlite3 *handle = sqliteHandle(db);
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        throw StoreError(QCoreApplication::translate("Store", "Migration %1 failed: %2").arg(resource, why));
    }
}

void fillCodeTable(sqlite3 *handle, const char *table, std::span<const CodeInfo> codes, bool withType)
{
    const std::string sql = std::string("INSERT OR REPLACE INTO ") + table
        + (withType ? " (value, id, label, default_type) VALUES (?, ?, ?, ?)" : " (value, id, label) VALUES (?, ?, ?)");
    SqlStatement insert(handle, sql);
    for (const CodeInfo &code : codes) {
        insert.bind(1, qint64(code.value));
        insert.bind(2, std::string_view(code.id));
        insert.bind(3, std::string_view(code.label));
        if (withType)
            insert.bind(4, qint64(code.defaultType));
        insert.run();
    }
}

} // namespace

int knownSchemaVersion()
{
    return int(migrationScripts().size());
}

int migrate(QSqlDatabase &db)
{
    const QStringList scripts = migrationScripts();
    const int found = queryValue(db, u"PRAGMA user_version"_qs).toInt();
    if (found > scripts.size()) {
        throw StoreError(QCoreApplication::translate("Store",
            "This workspace has schema version %1, newer than the %2 this version of Diffusion knows. "
            "Open it with a newer Diffusion.").arg(found).arg(scripts.size()));
    }
    if (found == scripts.size())
        return found;
    for (int version = found; version < scripts.size(); ++version)
        runScript(db, scripts.at(version));

    sqlite3 *handle = sqliteHandle(db);
    fillCodeTable(handle, "ref_delivery_state", deliveryStateCodes(), false);
    fillCodeTable(handle, "ref_message_status", messageStatusCodes(), false);
    fillCodeTable(handle, "ref_failure_type", failureTypeCodes(), false);
    fillCodeTable(handle, "ref_failure_reason", failureReasonCodes(), true);
    fillCodeTable(handle, "ref_address_status", addressStatusCodes(), false);
    execute(db, u"PRAGMA application_id = %1"_qs.arg(workspaceApplicationId));
    execute(db, u"PRAGMA user_version = %1"_qs.arg(scripts.size()));
    return found;
}

} // namespace diffusion
