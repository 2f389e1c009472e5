#pragma once

#include <QTableView>

#include <initializer_list>

namespace diffusion::ui {

// A read-only table set up for large models: fixed row heights and column widths (no
// ResizeToContents, which measures every row), whole-row selection, elided cells.
class TableView final : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent);

    // Column widths in average characters of the current font, so that they follow its size,
    // widened to their title (measured again when the titles change language). Call it after
    // setModel(); the last column stretches to the edge.
    void setColumnWidthsInCharacters(const QList<int> &widths);

private:
    void applyColumnWidths();

    QList<int> m_widths;
};

} // namespace diffusion::ui
