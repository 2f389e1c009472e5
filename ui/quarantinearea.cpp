#include "quarantinearea.h"

#include "areaheader.h"
#include "navigation.h"
#include "quarantinemodel.h"
#include "tablepane.h"
#include "tableview.h"

#include <QEvent>
#include <QVBoxLayout>

namespace diffusion::ui {

QuarantineArea::QuarantineArea(const QString &workspacePath, QWidget *parent)
    : QWidget(parent),
      m_model(new QuarantineModel(workspacePath, this)),
      m_header(new AreaHeader(this)),
      m_pane(new TablePane(m_model, this))
{
    setObjectName(u"quarantineArea"_qs);
    m_pane->table()->setColumnWidthsInCharacters({28, 12, 7, 18, 30, 19, 19});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
    retranslateUi();
}

void QuarantineArea::refresh()
{
    m_model->refresh();
}

void QuarantineArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuarantineArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void QuarantineArea::retranslateUi()
{
    m_header->setTexts(Navigation::title(Navigation::Area::Quarantine),
                       tr("Addresses set aside after permanent or repeated delivery errors. "
                          "Deliveries skip the addresses in quarantine and the denylisted ones."));
    m_pane->setEmptyText(tr("No address is in quarantine. Addresses that fail will be listed here "
                            "with their status, error count and last error."));
}

} // namespace diffusion::ui
