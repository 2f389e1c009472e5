#include "analysisreportview.h"

#include "delivery/duration.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QListWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

QIcon severityIcon(Severity severity)
{
    const QStyle::StandardPixmap pixmap = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                          : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}

QString reasonLabel(FailureReason reason)
{
    const CodeInfo *info = findCode(failureReasonCodes(), int(reason));
    return info ? QCoreApplication::translate("Codes", info->label) : QString::number(int(reason));
}

} // namespace

AnalysisReportView::AnalysisReportView(QWidget *parent)
    : QWidget(parent), m_figures(new QFormLayout), m_entries(new QListWidget(this))
{
    m_entries->setObjectName(u"analysisEntries"_qs);
    m_entries->setWordWrap(true);
    m_entries->setTextElideMode(Qt::ElideNone);
    m_entries->setResizeMode(QListView::Adjust);
    m_entries->setUniformItemSizes(false);
    m_entries->setSpacing(2);
    m_entries->setIconSize(QSize(16, 16));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_figures);
    layout->addWidget(m_entries, 1);
}

void AnalysisReportView::setReport(const Delivery &delivery, const AnalysisReport &report)
{
    m_delivery = delivery;
    m_report = report;
    render();
}

void AnalysisReportView::render()
{
    while (m_figures->rowCount() > 0)
        m_figures->removeRow(0);
    const QLocale locale;
    const auto add = [this](const QString &name, const QString &value) {
        auto *label = new QLabel(value);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_figures->addRow(name, label);
    };
    const Delivery &d = m_delivery;
    add(tr("Sender:"), d.senderName.isEmpty() ? d.senderAddress : tr("%1 <%2>").arg(d.senderName, d.senderAddress));
    add(tr("Subject:"), d.subject);
    add(tr("Validity:"), describeDuration(d.validitySeconds));
    add(tr("Recipients:"), locale.toString(m_report.recipients));
    add(tr("To deliver:"), locale.toString(m_report.toDeliver));
    QStringList reasons;
    for (auto it = m_report.excluded.cbegin(); it != m_report.excluded.cend(); ++it)
        reasons.append(tr("%1: %2").arg(reasonLabel(it.key()), locale.toString(it.value())));
    add(tr("Left out:"), reasons.isEmpty() ? locale.toString(0)
                                           : tr("%1 (%2)").arg(locale.toString(m_report.excludedTotal()), reasons.join(u", "_qs)));
    if (m_report.largestMessageBytes > 0)
        add(tr("Largest message:"), tr("%1 KB").arg(locale.toString(double(m_report.largestMessageBytes) / 1024.0, 'f', 1)));
    const qint64 minutes = std::max<qint64>(1, qint64(std::ceil(m_report.estimatedSeconds / 60)));
    add(tr("Estimated duration:"), minutes < 60 ? tr("about %1 min").arg(locale.toString(minutes))
                                                : tr("about %1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60)));

    m_entries->clear();
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Information}) {
        for (const AnalysisEntry &entry : std::as_const(m_report.entries)) {
            if (entry.severity != severity)
                continue;
            QString text = entry.text();
            if (!entry.examples.isEmpty())
                text += u'\n' + tr("For example: %1").arg(entry.examples.join(u", "_qs));
            auto *item = new QListWidgetItem(severityIcon(severity), text, m_entries);
            item->setData(Qt::UserRole, entry.code);
        }
    }
}

void AnalysisReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace diffusion::ui
