#include "tablepane.h"

#include "sqltablemodel.h"
#include "tableview.h"

#include <QItemSelectionModel>
#include <QLabel>

namespace diffusion::ui {

TablePane::TablePane(SqlTableModel *model, QWidget *parent)
    : QStackedWidget(parent), m_model(model), m_table(new TableView(this)), m_message(new QLabel(this))
{
    m_table->setObjectName(u"table"_qs);
    m_table->setModel(model);

    m_message->setObjectName(u"emptyState"_qs);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setMargin(32);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    addWidget(m_message);
    addWidget(m_table);

    connect(model, &SqlTableModel::modelAboutToBeReset, this, &TablePane::rememberSelection);
    connect(model, &SqlTableModel::modelReset, this, &TablePane::restoreSelection);
    connect(model, &SqlTableModel::modelReset, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::rowsInserted, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::rowsRemoved, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::layoutChanged, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::refreshed, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::refreshFailed, this, &TablePane::updatePage);
    updatePage();
}

void TablePane::rememberSelection()
{
    const int key = m_model->keyColumn();
    m_currentKey.clear();
    m_selectedKeys.clear();
    if (key < 0)
        return;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_currentKey = m_model->rawValue(current.row(), key);
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        m_selectedKeys.append(m_model->rawValue(row.row(), key));
}

void TablePane::restoreSelection()
{
    const int key = m_model->keyColumn();
    if (key < 0 || (m_currentKey.isNull() && m_selectedKeys.isEmpty()))
        return;
    QItemSelectionModel *selection = m_table->selectionModel();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant value = m_model->rawValue(row, key);
        if (value == m_currentKey)
            selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        if (m_selectedKeys.contains(value))
            selection->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TablePane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updatePage();
}

QString TablePane::message() const
{
    return currentWidget() == m_message ? m_message->text() : QString();
}

void TablePane::updatePage()
{
    if (const QString error = m_model->lastError(); !error.isEmpty()) {
        m_message->setText(error);
        setCurrentWidget(m_message);
    } else if (m_model->rowCount() == 0) {
        m_message->setText(m_emptyText);
        setCurrentWidget(m_message);
    } else {
        setCurrentWidget(m_table);
    }
}

} // namespace diffusion::ui
