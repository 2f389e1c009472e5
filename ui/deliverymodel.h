#pragma once

#include "sqltablemodel.h"

namespace diffusion::ui {

// The deliveries of the workspace with their state and counts (view v_delivery_kpi_live, kept up to date by the feedback service), newest first.
// The console refreshes it every second while it is shown.
class DeliveryModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Label, State, ToDeliver, Processed, Sent, Failed, Success, LastActivity, ColumnCount };
    // Beyond the shown columns: the delivery's id, through rawValue().
    static constexpr int Id = ColumnCount;

    explicit DeliveryModel(const QString &workspacePath, QObject *parent);

    int keyColumn() const override { return Id; }

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;
};

} // namespace diffusion::ui
