#pragma once

#include <QList>
#include <QWidget>
#include <utility>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QValueAxis;

namespace diffusion::ui {

// Messages per failure reason (failed, ignored, or waiting for a retry), most frequent on top,
// with the reasons' names in the user's language. The bars change in place while the reasons
// stay the same; only a new reason, or a new order, renames the categories.
class ReasonChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonChart(QWidget *parent);

    // Reason value → messages, most frequent first (DeliveryKpis::reasons).
    void setReasons(const QList<std::pair<int, qint64>> &reasons);

    QChart *chart() const { return m_chart; }
    QBarSet *bars() const { return m_bars; }
    QBarCategoryAxis *reasonAxis() const { return m_reasonAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static QStringList categories(const QList<std::pair<int, qint64>> &reasons);

    QList<std::pair<int, qint64>> m_reasons;
    QChartView *m_view;
    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QBarSet *m_bars;
    QBarCategoryAxis *m_reasonAxis;
    QValueAxis *m_countAxis;
};

} // namespace diffusion::ui
