#include "destinationstatmodel.h"

#include <QDateTime>
#include <QLocale>

namespace diffusion::ui {

namespace {

// Beyond the shown columns: when the backoff ends, and the rule's maximum of connections.
constexpr int Until = DestinationStatModel::ColumnCount;
constexpr int MaxConnections = DestinationStatModel::ColumnCount + 1;

} // namespace

DestinationStatModel::DestinationStatModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QString DestinationStatModel::selectStatement() const
{
    return u"SELECT destination, rule_mask, state, queued, connections, connection_window, rate_per_minute, deferrals, "
           "until, max_connections FROM destination_stat WHERE delivery_id = %1 "
           "ORDER BY queued + connections > 0 DESC, destination LIMIT %2"_qs.arg(m_deliveryId).arg(rowLimit);
}

QString DestinationStatModel::columnTitle(int column) const
{
    switch (column) {
    case Destination: return tr("Destination");
    case Rule: return tr("MX rule");
    case Backoff: return tr("Backoff");
    case Queued: return tr("Queued");
    case Connections: return tr("Connections");
    case Window: return tr("Window");
    case Rate: return tr("Per minute");
    case Deferrals: return tr("Deferrals");
    default: return {};
    }
}

QString DestinationStatModel::columnToolTip(int column) const
{
    switch (column) {
    case Destination: return tr("The mail hosts that receive these messages; domains with the same hosts share them.");
    case Rule: return tr("The mask of the MX rule that sets this destination's limits.");
    case Backoff: return tr("Throttled: the server asked to slow down, so fewer connections and half the hourly budget "
                            "until the time shown. Suspended: its hosts could not be reached; messages wait until the "
                            "time shown.");
    case Queued: return tr("Messages ready to go, waiting for a connection or for the hourly budget.");
    case Connections: return tr("SMTP connections open or opening now.");
    case Window: return tr("Connections the engine may open now, out of the rule's maximum. It grows with each "
                           "message accepted and halves at each throttling reply.");
    case Rate: return tr("Messages accepted by this destination in the last minute.");
    case Deferrals: return tr("Messages deferred (a temporary reply, or no connection) since the engine started "
                              "sending; each is retried later.");
    default: return {};
    }
}

QString DestinationStatModel::cellText(const QVariantList &row, int column) const
{
    const QVariant &value = row.value(column);
    switch (column) {
    case Destination:
    case Rule: return value.toString();
    case Backoff: {
        const QString until = QLocale().toString(QDateTime::fromSecsSinceEpoch(row.value(Until).toLongLong()).time(),
                                                 QLocale::ShortFormat);
        if (value.toString() == u"throttled"_qs)
            return tr("Throttled until %1").arg(until);
        if (value.toString() == u"suspended"_qs)
            return tr("Suspended until %1").arg(until);
        return tr("Normal");
    }
    case Window: return tr("%1 of %2", "connections allowed now, of the rule's maximum")
                     .arg(formatCount(value), formatCount(row.value(MaxConnections)));
    default: return formatCount(value);
    }
}

Qt::Alignment DestinationStatModel::cellAlignment(int column) const
{
    switch (column) {
    case Destination:
    case Rule:
    case Backoff: return Qt::AlignLeft | Qt::AlignVCenter;
    default: return Qt::AlignRight | Qt::AlignVCenter;
    }
}

} // namespace diffusion::ui
