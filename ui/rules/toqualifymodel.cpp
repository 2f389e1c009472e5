#include "toqualifymodel.h"

namespace diffusion::ui {

ToQualifyModel::ToQualifyModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QString ToQualifyModel::selectStatement() const
{
    // The most frequent replies are the rules to write next; a long tail of one-offs would only
    // slow the refresh down.
    return u"SELECT count, normalized, example, first_seen, last_seen, smtp_code, enhanced_code "
           "FROM to_qualify ORDER BY count DESC, last_seen DESC LIMIT 1000"_qs;
}

QString ToQualifyModel::columnTitle(int column) const
{
    switch (column) {
    case Count: return tr("Count");
    case Normalized: return tr("Reply");
    case Example: return tr("Example");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    default: return {};
    }
}

QString ToQualifyModel::columnToolTip(int column) const
{
    switch (column) {
    case Count: return tr("How many replies of this kind no rule matched.");
    case Normalized: return tr("The reply with what changes from one message to the next (addresses, URLs, IP addresses, "
                               "ids, numbers) replaced by <address>, <url>, <ip>, <id> and <n>.");
    case Example: return tr("The last reply of this kind, as the server sent it.");
    default: return {};
    }
}

QString ToQualifyModel::cellText(const QVariantList &row, int column) const
{
    switch (column) {
    case Count: return formatCount(row.value(column));
    case FirstSeen:
    case LastSeen: return formatUnixTime(row.value(column));
    default: return row.value(column).toString();
    }
}

Qt::Alignment ToQualifyModel::cellAlignment(int column) const
{
    return column == Count ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace diffusion::ui
