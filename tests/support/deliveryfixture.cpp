#include "deliveryfixture.h"

#include "delivery/deliveryrepository.h"
#include "import/recipientimport.h"
#include "store/connection.h"

#include <QFile>

namespace diffusion::test {

DeliveryFixture::DeliveryFixture(const QStringList &domains, int countPerDomain, const QString &textBody)
{
    const QString csvPath = m_temp.filePath(QStringLiteral("targets.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csvPath));
    csv.write("email,first name,last name\n");
    for (const QString &domain : domains) {
        for (int i = 0; i < countPerDomain; ++i)
            csv.write(QStringLiteral("user%1@%2,First%1,Last%1\n").arg(i).arg(domain).toUtf8());
    }
    csv.close();
    ImportOptions options;
    options.listName = QStringLiteral("targets");
    options.filePath = csvPath;
    submitImport(writer(), options).waitForFinished();

    Delivery delivery;
    delivery.label = QStringLiteral("engine test");
    delivery.senderAddress = QStringLiteral("news@sender.test");
    delivery.subject = QStringLiteral("Hello {{firstName}}");
    delivery.text = textBody;
    m_deliveryId = writer().submit([delivery](QSqlDatabase &db) mutable {
        delivery.listId = DeliveryRepository::listId(db, QStringLiteral("targets"));
        return DeliveryRepository::insert(db, delivery);
    }).result();
}

void DeliveryFixture::setValidity(qint64 seconds)
{
    writer().submit([id = m_deliveryId, seconds](QSqlDatabase &db) {
        execute(db, QStringLiteral("UPDATE delivery SET validity_seconds = %1 WHERE id = %2").arg(seconds).arg(id));
    }).waitForFinished();
}

void DeliveryFixture::route(const QString &domain, const QString &host, quint16 port, TlsPolicy tls)
{
    writer().submit([=](QSqlDatabase &db) { RouteTable::set(db, Route{domain, {{host, port}}, tls, {}}); }).waitForFinished();
}

QVariant DeliveryFixture::value(const QString &sql)
{
    ReadConnection reader(m_temp.path());
    return queryValue(reader.db(), sql);
}

QString DeliveryFixture::statusCounts()
{
    ReadConnection reader(m_temp.path());
    QSqlQuery query = runQuery(reader.db(), QStringLiteral("SELECT status, count(*) FROM broadlog WHERE delivery_id = %1 "
                                                           "GROUP BY status ORDER BY status").arg(m_deliveryId));
    QStringList pairs;
    while (query.next())
        pairs.append(query.value(0).toString() + u':' + query.value(1).toString());
    return pairs.join(u' ');
}

} // namespace diffusion::test
