#include "deliverylogquery.h"

#include "deliverylogcolumns.h"
#include "store/sqlstatement.h"

#include <QUrl>

namespace diffusion::ui {

namespace {

// The statement's parameters after the delivery (?1), when the filter has them.
constexpr int domainParameter = 2;
constexpr int searchParameter = 3;

// The broadlog keeps domains in lower-case ASCII (punycode): so does the filter.
QString storedDomain(const QString &domain)
{
    const QString trimmed = domain.trimmed();
    const QByteArray ace = QUrl::toAce(trimmed);
    return ace.isEmpty() ? trimmed.toLower() : QString::fromLatin1(ace);
}

QString likePattern(const QString &part)
{
    QString escaped = part.trimmed();
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return u'%' + escaped + u'%';
}

} // namespace

std::string DeliveryLogQuery::idsStatement() const
{
    std::string sql = "SELECT id FROM broadlog WHERE delivery_id = ?1";
    if (!filter.statuses.isEmpty()) {
        sql += " AND status IN (";
        for (qsizetype i = 0; i < filter.statuses.size(); ++i)
            sql += (i ? ", " : "") + std::to_string(filter.statuses.at(i));
        sql += ")";
    }
    if (filter.reason)
        sql += " AND failure_reason = " + std::to_string(*filter.reason);
    if (!filter.domain.trimmed().isEmpty())
        sql += " AND domain = ?" + std::to_string(domainParameter);
    // LIKE ignores the case of ASCII letters, and addresses are stored in ASCII.
    if (!filter.search.trimmed().isEmpty())
        sql += " AND address LIKE ?" + std::to_string(searchParameter) + " ESCAPE '\\'";
    if (!sortsIdsInMemory()) {
        const char *direction = order == Qt::AscendingOrder ? " ASC" : " DESC";
        sql += std::string(" ORDER BY ") + deliverylog::sqlName(sortColumn) + direction + ", id";
    }
    return sql;
}

void DeliveryLogQuery::bind(SqlStatement &statement) const
{
    statement.bind(1, deliveryId);
    if (!filter.domain.trimmed().isEmpty())
        statement.bind(domainParameter, storedDomain(filter.domain));
    if (!filter.search.trimmed().isEmpty())
        statement.bind(searchParameter, likePattern(filter.search));
}

bool DeliveryLogQuery::movesWhileSending() const
{
    return !filter.statuses.isEmpty() || filter.reason
           || (sortColumn >= 0 && deliverylog::changesWhileSending(sortColumn));
}

} // namespace diffusion::ui
