#pragma once

#include "sqltablemodel.h"

namespace diffusion::ui {

// The destinations an engine is sending one delivery to, live (table destination_stat, written
// every second by the engine, whichever process runs it): queue, connections, rate, deferrals
// and backoff. Destinations with messages waiting or connections open come first; at most
// rowLimit rows, so that a refresh stays cheap whatever the number of destinations.
class DestinationStatModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Destination, Rule, Backoff, Queued, Connections, Window, Rate, Deferrals, ColumnCount };
    static constexpr int rowLimit = 200;

    explicit DestinationStatModel(const QString &workspacePath, QObject *parent);

    // 0: none (no rows). Takes effect at the next refresh().
    void setDelivery(qint64 deliveryId) { m_deliveryId = deliveryId; }

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;

private:
    qint64 m_deliveryId = 0;
};

} // namespace diffusion::ui
