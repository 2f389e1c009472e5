#pragma once

#include <QList>
#include <QPointF>

class QChart;
class QChartView;
class QWidget;
class QXYSeries;

namespace diffusion::ui {

// A chart view as the dashboard's charts share it: no animation (a refresh every second would
// keep it running), numbers in the user's language, no keyboard focus (its figures are in the
// tiles and the table, which have it).
QChartView *createChartView(QWidget *parent);

// After a language change: the chart's numbers in the new locale.
void relocalize(QChart *chart);

// The top of a count axis: some headroom above the highest value, on a multiple of five.
qreal axisTop(qint64 highest);

// Brings a series to `points` with the fewest changes: points dropped at the front, changed in
// place, appended at the end when the x values line up (a refresh of a sliding time window);
// otherwise one replace(). QtCharts redraws each point added one by one, so a whole list is
// never appended point by point.
void updatePoints(QXYSeries *series, const QList<QPointF> &points);

} // namespace diffusion::ui
