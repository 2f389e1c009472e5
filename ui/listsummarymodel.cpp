#include "listsummarymodel.h"

namespace diffusion::ui {

ListSummaryModel::ListSummaryModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QStringList ListSummaryModel::listNames() const
{
    QStringList names;
    for (int row = 0; row < rowCount(); ++row)
        names.append(rawValue(row, Name).toString());
    return names;
}

QString ListSummaryModel::selectStatement() const
{
    // The view gives the update time as UTC text; the model wants the instant, to show it in the
    // user's time zone and locale.
    return u"SELECT name, recipients, usable, address_not_specified, bad_quality, "
           "CAST(strftime('%s', updated_at) AS INTEGER), list_id "
           "FROM v_list_summary ORDER BY name COLLATE NOCASE, list_id"_qs;
}

QString ListSummaryModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("List");
    case Recipients: return tr("Recipients");
    case Usable: return tr("Usable");
    case WithoutAddress: return tr("Without address");
    case BadQuality: return tr("Bad quality");
    case LastUpdate: return tr("Last update");
    default: return {};
    }
}

QString ListSummaryModel::columnToolTip(int column) const
{
    switch (column) {
    case Recipients: return tr("Every recipient of the list, including those that cannot receive mail.");
    case Usable: return tr("Recipients with an address that mail can be sent to.");
    case WithoutAddress: return tr("Recipients imported with an empty address.");
    case BadQuality: return tr("Recipients whose address is not a valid e-mail address.");
    default: return {};
    }
}

QString ListSummaryModel::cellText(const QVariantList &row, int column) const
{
    switch (column) {
    case Name: return row.value(Name).toString();
    case LastUpdate: return formatUnixTime(row.value(LastUpdate));
    default: return formatCount(row.value(column));
    }
}

Qt::Alignment ListSummaryModel::cellAlignment(int column) const
{
    switch (column) {
    case Name:
    case LastUpdate: return Qt::AlignLeft | Qt::AlignVCenter;
    default: return Qt::AlignRight | Qt::AlignVCenter;
    }
}

} // namespace diffusion::ui
