#include "chartsupport.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QXYSeries>

namespace diffusion::ui {

QChartView *createChartView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a label cut short in a narrow window shows whole
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumHeight(220);
    return view;
}

void relocalize(QChart *chart)
{
    chart->setLocale(QLocale());
}

qreal axisTop(qint64 highest)
{
    return qreal(std::max<qint64>(5, (highest * 11 / 10 + 4) / 5 * 5));
}

void updatePoints(QXYSeries *series, const QList<QPointF> &points)
{
    const QList<QPointF> current = series->points();
    qsizetype shift = 0;
    if (!current.isEmpty() && !points.isEmpty()) {
        while (shift < current.size() && current.at(shift).x() < points.first().x())
            ++shift;
    }
    const qsizetype kept = current.size() - shift;
    constexpr qsizetype appendsAtMost = 8; // a minute or two went by; more is cheaper as one replace()
    if (current.isEmpty() || points.isEmpty() || kept == 0 || kept > points.size() || points.size() - kept > appendsAtMost
        || current.at(shift).x() != points.first().x()) {
        series->replace(points);
        return;
    }
    if (shift > 0)
        series->removePoints(0, int(shift));
    for (qsizetype i = 0; i < kept; ++i) {
        if (current.at(shift + i) != points.at(i))
            series->replace(int(i), points.at(i));
    }
    for (qsizetype i = kept; i < points.size(); ++i)
        series->append(points.at(i));
}

} // namespace diffusion::ui
