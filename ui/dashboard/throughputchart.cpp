#include "throughputchart.h"

#include "chartsupport.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace diffusion::ui {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

qint64 spanMinutes(ThroughputChart::Range range)
{
    switch (range) {
    case ThroughputChart::Range::ThreeHours: return 3 * 60;
    case ThroughputChart::Range::Day: return 24 * 60;
    case ThroughputChart::Range::Hour: break;
    }
    return 60;
}

QAreaSeries *areaOver(QLineSeries *line, const QColor &color)
{
    auto *area = new QAreaSeries(line);
    QColor fill = color;
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(QPen(color, 2));
    return area;
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent),
      m_rangeButtons(new QButtonGroup(this)),
      m_view(createChartView(this)),
      m_chart(m_view->chart()),
      m_sent(new QLineSeries(this)),
      m_errors(new QLineSeries(this)),
      m_sentArea(areaOver(m_sent, QColor(0x2e, 0x7d, 0x32))),
      m_errorArea(areaOver(m_errors, QColor(0xc6, 0x28, 0x28))),
      m_time(new QDateTimeAxis),
      m_count(new QValueAxis)
{
    m_view->setObjectName(u"throughputChart"_qs);
    m_sentArea->setObjectName(u"sentSeries"_qs);
    m_errorArea->setObjectName(u"errorSeries"_qs);
    m_chart->addSeries(m_sentArea);
    m_chart->addSeries(m_errorArea);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_count, Qt::AlignLeft);
    for (QAreaSeries *area : {m_sentArea, m_errorArea}) {
        area->attachAxis(m_time);
        area->attachAxis(m_count);
    }
    m_time->setTickCount(7);
    m_count->setLabelFormat(u"%.0f"_qs);
    m_count->setRange(0, axisTop(0));
    m_count->setTickCount(6); // five steps: whole numbers on a multiple of five
    m_count->setMinorTickCount(0);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    buttons->addStretch(1);
    const std::pair<Range, QString> ranges[] = {
        {Range::Hour, u"range1h"_qs}, {Range::ThreeHours, u"range3h"_qs}, {Range::Day, u"range24h"_qs}};
    for (const auto &[range, name] : ranges) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoRaise(true);
        m_rangeButtons->addButton(button, int(range));
        buttons->addWidget(button);
    }
    m_rangeButtons->button(int(m_range))->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    retranslateUi();
    redraw();
}

void ThroughputChart::setMinutes(const QList<DeliveryKpis::Minute> &minutes, qint64 endSecs)
{
    m_minutes = minutes;
    m_endSecs = endSecs;
    redraw();
}

void ThroughputChart::clear()
{
    m_minutes.clear();
    m_sent->clear();
    m_errors->clear();
}

void ThroughputChart::setRange(Range range)
{
    if (m_range == range)
        return;
    m_range = range;
    m_rangeButtons->button(int(range))->setChecked(true);
    redraw();
}

void ThroughputChart::redraw()
{
    // One point per minute, zero where nothing happened, so that a quiet minute shows as such.
    // The day's view averages five minutes per point: 288 points, about one per pixel, where
    // 1,440 would cost five times the drawing for nothing more to see.
    const qint64 bucket = m_range == Range::Day ? 5 : 1;
    const qint64 points = spanMinutes(m_range) / bucket;
    const qint64 last = m_endSecs / 60 / bucket * bucket;
    const qint64 first = last - (points - 1) * bucket;
    auto minute = std::lower_bound(m_minutes.cbegin(), m_minutes.cend(), first * 60,
                                   [](const DeliveryKpis::Minute &m, qint64 at) { return m.at < at; });
    QList<QPointF> sent;
    QList<QPointF> errors;
    sent.reserve(points);
    errors.reserve(points);
    qreal highest = 0;
    for (qint64 at = first; at <= last; at += bucket) {
        qint64 ok = 0;
        qint64 bad = 0;
        for (; minute != m_minutes.cend() && minute->at < (at + bucket) * 60; ++minute) {
            ok += minute->sent;
            bad += minute->failed + minute->deferred;
        }
        const qreal x = qreal(at * minuteMs);
        sent.append({x, qreal(ok) / qreal(bucket)});
        errors.append({x, qreal(bad) / qreal(bucket)});
        highest = std::max({highest, sent.constLast().y(), errors.constLast().y()});
    }
    updatePoints(m_sent, sent);
    updatePoints(m_errors, errors);

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first * minuteMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch((last + bucket) * minuteMs);
    if (m_time->min() != from || m_time->max() != to)
        m_time->setRange(from, to);
    if (const qreal top = axisTop(qint64(std::ceil(highest))); m_count->max() != top)
        m_count->setRange(0, top);
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ThroughputChart::retranslateUi()
{
    m_chart->setTitle(tr("Messages per minute"));
    m_sentArea->setName(tr("Sent"));
    m_errorArea->setName(tr("Failed or deferred"));
    m_time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    relocalize(m_chart);
    const std::pair<Range, std::pair<QString, QString>> texts[] = {
        {Range::Hour, {tr("1 h"), tr("Show the last hour")}},
        {Range::ThreeHours, {tr("3 h"), tr("Show the last three hours")}},
        {Range::Day, {tr("24 h"), tr("Show the last 24 hours")}}};
    for (const auto &[range, text] : texts) {
        QAbstractButton *button = m_rangeButtons->button(int(range));
        button->setText(text.first);
        button->setToolTip(text.second);
    }
}

} // namespace diffusion::ui
