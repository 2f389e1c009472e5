#pragma once

#include "kpi/deliverykpis.h"

#include <QWidget>

class QAreaSeries;
class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace diffusion::ui {

// Messages per minute over the last hour, three hours or day: successes (Sent) against errors
// (failed or deferred). A refresh changes the points that changed and appends the new minutes;
// the series and axes live as long as the chart, and axis ranges are set only when they move.
class ThroughputChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Hour, ThreeHours, Day };

    explicit ThroughputChart(QWidget *parent);

    // The delivery's minutes, oldest first; endSecs is the right edge of the time axis (now while
    // the delivery sends, its last minute once it has ended).
    void setMinutes(const QList<DeliveryKpis::Minute> &minutes, qint64 endSecs);
    // Forgets the points of the delivery shown before.
    void clear();

    Range range() const { return m_range; }
    void setRange(Range range);

    QChart *chart() const { return m_chart; }
    QDateTimeAxis *timeAxis() const { return m_time; }
    QLineSeries *sentSeries() const { return m_sent; }
    QLineSeries *errorSeries() const { return m_errors; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void redraw();

    Range m_range = Range::Hour;
    QList<DeliveryKpis::Minute> m_minutes;
    qint64 m_endSecs = 0;
    QButtonGroup *m_rangeButtons;
    QChartView *m_view;
    QChart *m_chart;
    QLineSeries *m_sent;
    QLineSeries *m_errors;
    QAreaSeries *m_sentArea;
    QAreaSeries *m_errorArea;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
};

} // namespace diffusion::ui
