#include "deliverymodel.h"

#include <QLocale>

namespace diffusion::ui {

DeliveryModel::DeliveryModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QString DeliveryModel::selectStatement() const
{
    return u"SELECT label, state, to_deliver, processed, sent, failed, success_rate, delivery_id "
           "FROM v_delivery_kpi_live ORDER BY delivery_id DESC"_qs;
}

QString DeliveryModel::columnTitle(int column) const
{
    switch (column) {
    case Label: return tr("Delivery");
    case State: return tr("State");
    case ToDeliver: return tr("To deliver");
    case Processed: return tr("Processed");
    case Sent: return tr("Sent");
    case Failed: return tr("Failed");
    case Success: return tr("Success");
    default: return {};
    }
}

QString DeliveryModel::cellText(const QVariantList &row, int column) const
{
    const QVariant &value = row.value(column);
    switch (column) {
    case Label: return value.toString().isEmpty() ? tr("(no label)") : value.toString();
    case State: return codeLabel(deliveryStateCodes(), value);
    case Success: return tr("%1 %", "percentage").arg(QLocale().toString(value.toDouble(), 'f', 1));
    default: return formatCount(value);
    }
}

Qt::Alignment DeliveryModel::cellAlignment(int column) const
{
    switch (column) {
    case Label:
    case State: return Qt::AlignLeft | Qt::AlignVCenter;
    default: return Qt::AlignRight | Qt::AlignVCenter;
    }
}

} // namespace diffusion::ui
