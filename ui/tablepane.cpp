#include "tablepane.h"

#include "sqltablemodel.h"
#include "tableview.h"

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

    connect(model, &SqlTableModel::modelReset, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::rowsInserted, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::rowsRemoved, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::layoutChanged, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::refreshed, this, &TablePane::updatePage);
    connect(model, &SqlTableModel::refreshFailed, this, &TablePane::updatePage);
    updatePage();
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
