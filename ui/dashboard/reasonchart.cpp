#include "reasonchart.h"

#include "chartsupport.h"
#include "domain/codes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

// The chart draws the first category at the bottom: the most frequent reason goes last.
QList<std::pair<int, qint64>> bottomUp(const QList<std::pair<int, qint64>> &reasons)
{
    return {reasons.crbegin(), reasons.crend()};
}

} // namespace

ReasonChart::ReasonChart(QWidget *parent)
    : QWidget(parent),
      m_view(createChartView(this)),
      m_chart(m_view->chart()),
      m_series(new QHorizontalBarSeries),
      m_bars(new QBarSet(QString())),
      m_reasonAxis(new QBarCategoryAxis),
      m_countAxis(new QValueAxis)
{
    m_view->setObjectName(u"reasonChart"_qs);
    m_bars->setColor(QColor(0xc6, 0x28, 0x28));
    m_series->append(m_bars);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_reasonAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_reasonAxis);
    m_series->attachAxis(m_countAxis);
    m_countAxis->setLabelFormat(u"%.0f"_qs);
    m_countAxis->setRange(0, axisTop(0));
    m_countAxis->setTickCount(6); // five steps: whole numbers on a multiple of five
    m_chart->legend()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslateUi();
}

void ReasonChart::setReasons(const QList<std::pair<int, qint64>> &reasons)
{
    const QList<std::pair<int, qint64>> shown = bottomUp(reasons);
    bool sameReasons = shown.size() == m_reasons.size();
    for (qsizetype i = 0; sameReasons && i < shown.size(); ++i)
        sameReasons = shown.at(i).first == m_reasons.at(i).first;
    if (sameReasons) {
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown.at(i).second != m_reasons.at(i).second)
                m_bars->replace(int(i), qreal(shown.at(i).second));
        }
    } else {
        m_bars->remove(0, m_bars->count());
        m_reasonAxis->setCategories(categories(shown));
        QList<qreal> values;
        for (const auto &[reason, messages] : shown)
            values.append(qreal(messages));
        m_bars->append(values);
    }
    m_reasons = shown;

    qint64 highest = 0;
    for (const auto &[reason, messages] : shown)
        highest = std::max(highest, messages);
    if (const qreal top = axisTop(highest); m_countAxis->max() != top)
        m_countAxis->setRange(0, top);
}

void ReasonChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReasonChart::retranslateUi()
{
    m_chart->setTitle(tr("Failure reasons"));
    m_bars->setLabel(tr("Messages"));
    relocalize(m_chart);
    m_reasonAxis->setCategories(categories(m_reasons));
}

QStringList ReasonChart::categories(const QList<std::pair<int, qint64>> &reasons)
{
    QStringList names;
    for (const auto &[reason, messages] : reasons) {
        const CodeInfo *code = findCode(failureReasonCodes(), reason);
        names.append(code ? QCoreApplication::translate("Codes", code->label) : QString::number(reason));
    }
    return names;
}

} // namespace diffusion::ui
