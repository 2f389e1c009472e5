#include "statuschart.h"

#include "chartsupport.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

// In the order of the Slice enum.
constexpr QColor colors[] = {
    QColor(0x2e, 0x7d, 0x32), // sent
    QColor(0x15, 0x65, 0xc0), // taken into account
    QColor(0x9e, 0x9e, 0x9e), // pending
    QColor(0xc6, 0x28, 0x28), // failed
    QColor(0x5d, 0x40, 0x37), // canceled
    QColor(0xf9, 0xa8, 0x25), // ignored
};

} // namespace

StatusChart::StatusChart(QWidget *parent)
    : QWidget(parent), m_view(createChartView(this)), m_chart(m_view->chart()), m_series(new QPieSeries)
{
    m_view->setObjectName(u"statusChart"_qs);
    m_series->setHoleSize(0.45);
    for (int i = 0; i < SliceCount; ++i) {
        m_slices[i] = m_series->append(QString(), 0);
        m_slices[i]->setColor(colors[i]);
        m_slices[i]->setBorderColor(Qt::white);
    }
    m_chart->addSeries(m_series);
    m_chart->legend()->setAlignment(Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslateUi();
}

void StatusChart::setCounts(const DeliveryKpis::Counts &counts)
{
    const qint64 values[] = {counts.sent, counts.takenIntoAccount, counts.pending, counts.failed, counts.canceled, counts.ignored};
    bool changed = false;
    for (int i = 0; i < SliceCount; ++i) {
        if (m_slices[i]->value() != qreal(values[i])) {
            m_slices[i]->setValue(qreal(values[i]));
            changed = true;
        }
    }
    if (changed)
        updateLabels();
}

void StatusChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusChart::retranslateUi()
{
    m_chart->setTitle(tr("Messages by status"));
    relocalize(m_chart);
    updateLabels();
}

void StatusChart::updateLabels()
{
    // The legend names each status with its count; a status without messages stays listed, so
    // that the colours keep their meaning from one delivery to the next. The names are the
    // tiles' short ones: the log's full status names do not fit a legend.
    const QString names[] = {tr("Sent"), tr("Taken into account"), tr("Pending"), tr("Failed"), tr("Canceled"), tr("Ignored")};
    const QLocale locale;
    for (int i = 0; i < SliceCount; ++i) {
        m_slices[i]->setLabel(tr("%1: %2", "a status, then its number of messages")
                                  .arg(names[i], locale.toString(qint64(m_slices[i]->value()))));
    }
}

} // namespace diffusion::ui
