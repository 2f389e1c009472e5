#include "deliverylogdetails.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

enum EventColumn { EventTime, EventOutcome, EventPhase, EventReply, EventMx, EventColumnCount };
// Fields side by side in pairs, so that the panel stays short under the table.
constexpr int fieldPairsPerRow = 2;

} // namespace

DeliveryLogDetails::DeliveryLogDetails(QWidget *parent)
    : QWidget(parent),
      m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)),
      m_content(new QWidget(this)),
      m_historyTitle(new QLabel(this)),
      m_events(new QTreeWidget(this))
{
    setObjectName(u"details"_qs);
    m_placeholder->setObjectName(u"detailsPlaceholder"_qs);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(10);
    for (int column = 0; column < deliverylog::ColumnCount; ++column) {
        QLabel *name = new QLabel(m_content);
        QLabel *value = new QLabel(m_content);
        value->setObjectName(u"field_"_qs + QString::fromLatin1(deliverylog::sqlName(column)));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(column == deliverylog::LastReply);
        m_fieldNames[size_t(column)] = name;
        m_fieldValues[size_t(column)] = value;
        const int row = column / fieldPairsPerRow;
        const int pair = column % fieldPairsPerRow;
        fields->addWidget(name, row, pair * 2, Qt::AlignTop);
        fields->addWidget(value, row, pair * 2 + 1, Qt::AlignTop);
        fields->setColumnStretch(pair * 2 + 1, 1);
    }

    m_historyTitle->setObjectName(u"historyTitle"_qs);
    m_events->setObjectName(u"history"_qs);
    m_events->setColumnCount(EventColumnCount);
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    m_events->setWordWrap(false);
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few rows only
    m_events->header()->setSectionResizeMode(EventReply, QHeaderView::Stretch);

    auto *history = new QVBoxLayout;
    history->addWidget(m_historyTitle);
    history->addWidget(m_events, 1);

    auto *content = new QHBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(fields, 2);
    content->addSpacing(12);
    content->addLayout(history, 3);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    render();
}

void DeliveryLogDetails::setMessage(const std::optional<DeliveryLogRow> &message, const QList<DeliveryEvent> &history)
{
    const QList<DeliveryEvent> events = message ? history : QList<DeliveryEvent>();
    if (message == m_message && events == m_history)
        return; // refreshed without a change: keep the reader's scroll position and selection
    m_message = message;
    m_history = events;
    render();
}

void DeliveryLogDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void DeliveryLogDetails::render()
{
    m_placeholder->setText(tr("Select a message to see its fields and the history of its delivery attempts."));
    m_historyTitle->setText(m_message && m_history.isEmpty() ? tr("History: no delivery attempt yet.") : tr("History"));
    m_events->setHeaderLabels({tr("Time"), tr("Outcome"), tr("Phase"), tr("Reply"), tr("MX")});
    for (int column = 0; column < deliverylog::ColumnCount; ++column) {
        m_fieldNames[size_t(column)]->setText(tr("%1:").arg(deliverylog::title(column)));
        m_fieldValues[size_t(column)]->setText(m_message ? deliverylog::text(*m_message, column) : QString());
    }
    m_events->clear();
    for (const DeliveryEvent &event : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_events);
        item->setText(EventTime, deliverylog::timeText(event.at));
        item->setText(EventOutcome, deliverylog::outcomeText(event.outcome));
        item->setText(EventPhase, event.phase);
        item->setText(EventReply, event.reply);
        item->setToolTip(EventReply, event.reply);
        item->setText(EventMx, event.mxHost);
    }
    m_pages->setCurrentWidget(m_message ? m_content : m_placeholder);
}

} // namespace diffusion::ui
