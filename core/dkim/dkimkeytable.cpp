#include "dkimkeytable.h"

#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace diffusion {

QString DkimKeyTable::asciiDomain(const QString &typed)
{
    return QString::fromLatin1(QUrl::toAce(typed.trimmed().toLower()));
}

void DkimKeyTable::add(QSqlDatabase &db, const QString &domain, const QString &selector, const QString &keyPath,
                       DkimAlgorithm algorithm)
{
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO dkim_key (domain, selector, key_path, algorithm) VALUES (?, ?, ?, ?)"_qs);
    for (const QString &value : {asciiDomain(domain), selector, keyPath, QString::fromLatin1(dkimAlgorithmName(algorithm))})
        insert.addBindValue(value);
    if (!insert.exec())
        throw StoreError(tr("The workspace refused the key: %1").arg(insert.lastError().text()));
}

bool DkimKeyTable::remove(QSqlDatabase &db, const QString &domain, const QString &selector)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM dkim_key WHERE domain = ? AND selector = ?"_qs);
    query.addBindValue(asciiDomain(domain));
    query.addBindValue(selector);
    if (!query.exec())
        throw StoreError(tr("The workspace refused to remove the key: %1").arg(query.lastError().text()));
    return query.numRowsAffected() > 0;
}

} // namespace diffusion
