#include "tableview.h"

#include <QHeaderView>
#include <QStyle>

namespace diffusion::ui {

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Tab leaves the table (the arrows move between rows): otherwise a keyboard user is caught
    // in its cells.
    setTabKeyNavigation(false);

    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void TableView::setColumnWidthsInCharacters(const QList<int> &widths)
{
    m_widths = widths;
    if (QAbstractItemModel *source = model()) {
        connect(source, &QAbstractItemModel::headerDataChanged, this, &TableView::applyColumnWidths,
                Qt::UniqueConnection);
    }
    applyColumnWidths();
}

void TableView::applyColumnWidths()
{
    QHeaderView *header = horizontalHeader();
    QAbstractItemModel *source = model();
    if (!source)
        return;
    const int unit = fontMetrics().averageCharWidth();
    const QFontMetrics titleMetrics(header->font());
    const int titleMargin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 12;
    for (int column = 0; column < m_widths.size() && column < source->columnCount(); ++column) {
        const QString title = source->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(m_widths.at(column) * unit + 16,
                                           titleMetrics.horizontalAdvance(title) + titleMargin));
    }
}

} // namespace diffusion::ui
