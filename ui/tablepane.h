#pragma once

#include <QStackedWidget>
#include <QVariant>

class QLabel;

namespace diffusion::ui {

class SqlTableModel;
class TableView;

// A table that gives way to a sentence when there is nothing to show: what the area will hold
// once it has rows, or why its rows could not be read (until the next successful refresh).
class TablePane final : public QStackedWidget
{
    Q_OBJECT

public:
    TablePane(SqlTableModel *model, QWidget *parent);

    TableView *table() const { return m_table; }
    void setEmptyText(const QString &text);
    // The sentence shown instead of the table, or an empty string when the table is shown.
    QString message() const;

private:
    void updatePage();
    // Rows come and go between refreshes (a reset): the selection follows the rows' keys.
    void rememberSelection();
    void restoreSelection();

    SqlTableModel *m_model;
    TableView *m_table;
    QLabel *m_message;
    QString m_emptyText;
    QVariant m_currentKey;
    QVariantList m_selectedKeys;
};

} // namespace diffusion::ui
