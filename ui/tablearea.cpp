#include "tablearea.h"

#include "areaheader.h"
#include "sqltablemodel.h"
#include "tablepane.h"
#include "taborder.h"
#include "tableview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QVBoxLayout>

namespace diffusion::ui {

TableArea::TableArea(Navigation::Area area, SqlTableModel *model, const QList<int> &columnWidthsInCharacters,
                     Texts texts, QWidget *parent)
    : QWidget(parent),
      m_area(area),
      m_texts(texts),
      m_model(model),
      m_header(new AreaHeader(this)),
      m_pane(new TablePane(m_model, this))
{
    m_model->setParent(this);
    m_pane->table()->setColumnWidthsInCharacters(columnWidthsInCharacters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
    retranslateUi();
}

void TableArea::setToolBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, bar);
    // The bar stands above the table: Tab reaches it first.
    if (QWidget *last = lastTabStop(bar))
        setTabOrder(last, m_pane->table());
}

void TableArea::refresh()
{
    m_model->refresh();
}

void TableArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TableArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void TableArea::retranslateUi()
{
    m_header->setTexts(Navigation::title(m_area), QCoreApplication::translate(m_texts.context, m_texts.description));
    m_pane->setEmptyText(QCoreApplication::translate(m_texts.context, m_texts.emptyText));
}

} // namespace diffusion::ui
