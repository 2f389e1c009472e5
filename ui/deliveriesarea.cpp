#include "deliveriesarea.h"

#include "areaheader.h"
#include "deliverymodel.h"
#include "navigation.h"
#include "tablepane.h"
#include "tableview.h"

#include <QEvent>
#include <QVBoxLayout>

namespace diffusion::ui {

DeliveriesArea::DeliveriesArea(const QString &workspacePath, QWidget *parent)
    : QWidget(parent),
      m_model(new DeliveryModel(workspacePath, this)),
      m_header(new AreaHeader(this)),
      m_pane(new TablePane(m_model, this))
{
    setObjectName(u"deliveriesArea"_qs);
    m_pane->table()->setColumnWidthsInCharacters({36, 22, 12, 12, 12, 12, 10});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
    retranslateUi();
}

void DeliveriesArea::refresh()
{
    m_model->refresh();
}

void DeliveriesArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveriesArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void DeliveriesArea::retranslateUi()
{
    m_header->setTexts(Navigation::title(Navigation::Area::Deliveries),
                       tr("E-mail campaigns: their content, target list, state and results."));
    m_pane->setEmptyText(tr("No deliveries yet. Deliveries you create will be listed here with their "
                            "state and live KPIs."));
}

} // namespace diffusion::ui
