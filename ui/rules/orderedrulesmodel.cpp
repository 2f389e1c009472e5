#include "orderedrulesmodel.h"

#include "languagefollower.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace diffusion::ui {

OrderedRulesModel::OrderedRulesModel(const QString &workspacePath, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_path(workspacePath), m_columns(columns)
{
    new LanguageFollower(this, [this] { retranslate(); });
}

OrderedRulesModel::~OrderedRulesModel() = default;

int OrderedRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int OrderedRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant OrderedRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The row headers number the rules in the order they are tried.
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        if (role == Qt::ToolTipRole)
            return tr("Rules are tried in this order: the first that matches decides.");
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default:
        return {};
    }
}

bool OrderedRulesModel::refresh()
{
    try {
        if (!m_connection)
            m_connection = std::make_unique<ReadConnection>(m_path);
        read(m_connection->db());
    } catch (const StoreError &error) {
        m_lastError = error.message();
        Q_EMIT refreshFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

bool OrderedRulesModel::canMove(int row, int delta) const
{
    const int target = row + delta;
    return row >= 0 && row < count() && target >= 0 && target < count() && !isPinned(row) && !isPinned(target);
}

bool OrderedRulesModel::canRemove(int row) const
{
    return row >= 0 && row < count() && !isPinned(row);
}

void OrderedRulesModel::move(int row, int delta)
{
    if (!canMove(row, delta))
        return;
    // beginMoveRows() names the row the moved one ends up before.
    beginMoveRows({}, row, row, {}, delta > 0 ? row + delta + 1 : row + delta);
    moveItem(row, row + delta);
    endMoveRows();
    Q_EMIT rulesChanged();
}

void OrderedRulesModel::remove(int row)
{
    if (!canRemove(row))
        return;
    beginRemoveRows({}, row, row);
    removeItem(row);
    endRemoveRows();
    Q_EMIT rulesChanged();
}

int OrderedRulesModel::insertionRow(int afterRow) const
{
    const int end = count() > 0 && isPinned(count() - 1) ? count() - 1 : count();
    return afterRow < 0 ? end : std::min(afterRow + 1, end);
}

bool OrderedRulesModel::isPinned(int) const
{
    return false;
}

QString OrderedRulesModel::columnToolTip(int) const
{
    return {};
}

void OrderedRulesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (count() > 0) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, count() - 1);
        Q_EMIT dataChanged(index(0, 0), index(count() - 1, m_columns - 1));
    }
}

} // namespace diffusion::ui
