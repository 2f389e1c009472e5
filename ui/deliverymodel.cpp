#include "deliverymodel.h"

#include <QLocale>

namespace diffusion::ui {

DeliveryModel::DeliveryModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QString DeliveryModel::selectStatement() const
{
    // Last activity: the last minute an outcome was recorded, else the delivery's last change
    // (both kept small: one row per minute, one row per delivery).
    return u"SELECT k.label, k.state, k.to_deliver, k.processed, k.sent, k.failed, k.success_rate, "
           "max(COALESCE((SELECT max(minute) * 60 + 59 FROM delivery_throughput t WHERE t.delivery_id = k.delivery_id), 0), d.updated_at), "
           "k.delivery_id FROM v_delivery_kpi_live k JOIN delivery d ON d.id = k.delivery_id ORDER BY k.delivery_id DESC"_qs;
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
    case LastActivity: return tr("Last activity");
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
    case LastActivity: return formatUnixTime(value);
    default: return formatCount(value);
    }
}

Qt::Alignment DeliveryModel::cellAlignment(int column) const
{
    switch (column) {
    case Label:
    case State:
    case LastActivity: return Qt::AlignLeft | Qt::AlignVCenter;
    default: return Qt::AlignRight | Qt::AlignVCenter;
    }
}

} // namespace diffusion::ui
