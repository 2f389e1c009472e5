#pragma once

#include "kpi/deliverykpis.h"

#include <QWidget>

class QChart;
class QChartView;
class QPieSeries;
class QPieSlice;

namespace diffusion::ui {

// The delivery's messages by status, as a ring: one slice per status, kept for the life of the
// chart and given new values at each refresh.
class StatusChart final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusChart(QWidget *parent);

    void setCounts(const DeliveryKpis::Counts &counts);

    QChart *chart() const { return m_chart; }
    QPieSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Slice { Sent, TakenIntoAccount, Pending, Failed, Canceled, Ignored, SliceCount };

    void retranslateUi();
    void updateLabels();

    QChartView *m_view;
    QChart *m_chart;
    QPieSeries *m_series;
    QPieSlice *m_slices[SliceCount];
};

} // namespace diffusion::ui
