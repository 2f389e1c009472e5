#include "sqltablemodel.h"

#include "languagefollower.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QSqlRecord>

namespace diffusion::ui {

SqlTableModel::SqlTableModel(const QString &workspacePath, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_path(workspacePath), m_columns(columns)
{
    new LanguageFollower(this, [this] { retranslate(); });
}

SqlTableModel::~SqlTableModel() = default;

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // cells are elided at fixed widths; the tooltip shows them whole
        return cellText(row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cellAlignment(index.column()));
    default:
        return {};
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cellAlignment(section));
    default:
        return {};
    }
}

bool SqlTableModel::refresh()
{
    QList<QVariantList> rows;
    try {
        if (!m_connection)
            m_connection = std::make_unique<ReadConnection>(m_path);
        QSqlQuery query = runQuery(m_connection->db(), selectStatement());
        const int width = query.record().count();
        while (query.next()) {
            QVariantList row;
            row.reserve(width);
            for (int column = 0; column < width; ++column)
                row.append(query.value(column));
            rows.append(std::move(row));
        }
    } catch (const StoreError &error) {
        m_lastError = error.message();
        Q_EMIT refreshFailed(m_lastError);
        return false;
    }
    m_lastError.clear();

    if (rows.size() == m_rows.size()) {
        // Same shape: keep the view's selection and scroll position.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT refreshed();
    return true;
}

QVariant SqlTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(column);
}

QString SqlTableModel::columnToolTip(int) const
{
    return {};
}

QString SqlTableModel::cellText(const QVariantList &row, int column) const
{
    const QVariant &value = row.value(column);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return formatCount(value);
    default:
        return value.toString();
    }
}

Qt::Alignment SqlTableModel::cellAlignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QString SqlTableModel::formatCount(const QVariant &value)
{
    return value.isNull() ? QString() : QLocale().toString(value.toLongLong());
}

QString SqlTableModel::formatUnixTime(const QVariant &secondsSinceEpoch)
{
    if (secondsSinceEpoch.isNull())
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch.toLongLong()), QLocale::ShortFormat);
}

QString SqlTableModel::codeLabel(std::span<const CodeInfo> table, const QVariant &id)
{
    if (id.isNull())
        return {};
    const CodeInfo *info = findCode(table, id.toString());
    return info ? QCoreApplication::translate("Codes", info->label) : id.toString();
}

void SqlTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace diffusion::ui
