#pragma once

#include "delivery/delivery.h"
#include "routing/routetable.h"
#include "tempworkspace.h"

#include <QStringList>

namespace diffusion::test {

// A workspace with a recipient list and a delivery, built through the program's own functions,
// for engine tests: recipients are "user<N>@<domain>" for each domain given.
class DeliveryFixture final
{
public:
    // count recipients per domain, in the list "targets"; the delivery's text body is textBody.
    DeliveryFixture(const QStringList &domains, int countPerDomain, const QString &textBody = QStringLiteral("Hello {{firstName}}\n"));

    TempWorkspace &temp() { return m_temp; }
    StoreWriter &writer() { return m_temp.writer(); }
    Workspace &workspace() { return m_temp.workspace(); }
    qint64 deliveryId() const { return m_deliveryId; }

    void setValidity(qint64 seconds);
    void route(const QString &domain, const QString &host, quint16 port, TlsPolicy tls = TlsPolicy::Disabled);
    // The first value of a query on the workspace, read with a fresh connection.
    QVariant value(const QString &sql);
    // "status:count" pairs for the delivery, e.g. "2:50 3:10", from the broadlog.
    QString statusCounts();

private:
    TempWorkspace m_temp;
    qint64 m_deliveryId = 0;
};

} // namespace diffusion::test
