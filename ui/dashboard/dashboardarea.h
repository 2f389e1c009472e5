#pragma once

#include "kpi/deliverykpis.h"

#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QLabel;

namespace diffusion {
class ReadConnection;
class Workspace;
}

namespace diffusion::ui {

class AreaHeader;
class DestinationStatModel;
class KpiTile;
class ReasonChart;
class StatusChart;
class TablePane;
class ThroughputChart;

// One delivery, live: its KPI tiles (each with a tooltip saying how it is computed), its
// throughput per minute over 1 h, 3 h or 24 h, its messages by status and by failure reason, and
// the destinations its engine is sending to. refresh() reads a few small rows (the KPIs the
// feedback service keeps, and destination_stat, which the engine writes every second whichever
// process runs it) and changes the widgets in place: the console calls it every second while
// the area is shown.
class DashboardArea final : public QWidget
{
    Q_OBJECT

public:
    enum class Kpi { ToDeliver, Success, Sent, TakenIntoAccount, Pending, Failed, HardBounces, SoftBounces, Ignored };
    static constexpr int kpiCount = 9;

    DashboardArea(Workspace &workspace, QWidget *parent);
    ~DashboardArea() override;

    // 0: no delivery chosen.
    void setDelivery(qint64 deliveryId);
    qint64 delivery() const { return m_deliveryId; }
    void refresh();

    KpiTile *tile(Kpi kpi) const { return m_tiles[size_t(kpi)]; }
    ThroughputChart *throughputChart() const { return m_throughput; }
    StatusChart *statusChart() const { return m_status; }
    ReasonChart *reasonChart() const { return m_reasons; }
    DestinationStatModel *destinationModel() const { return m_destinationModel; }
    TablePane *destinationPane() const { return m_destinationPane; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void showKpis();
    QString description() const;

    Workspace &m_workspace;
    qint64 m_deliveryId = 0;
    std::unique_ptr<ReadConnection> m_reader;
    std::optional<DeliveryKpis> m_kpis;
    QString m_error;

    AreaHeader *m_header;
    DestinationStatModel *m_destinationModel;
    // Made inside the scrolled content, in the constructor's body.
    std::array<KpiTile *, kpiCount> m_tiles{};
    ThroughputChart *m_throughput = nullptr;
    StatusChart *m_status = nullptr;
    ReasonChart *m_reasons = nullptr;
    QLabel *m_destinationTitle = nullptr;
    TablePane *m_destinationPane = nullptr;
};

} // namespace diffusion::ui
