#include "quarantinemodel.h"

#include "domain/codes.h"

namespace diffusion::ui {

QuarantineModel::QuarantineModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

void QuarantineModel::setFilter(const QString &text, std::optional<AddressStatus> status)
{
    m_text = text.trimmed();
    m_status = status;
    refresh();
}

QString QuarantineModel::selectStatement() const
{
    QStringList conditions;
    if (!m_text.isEmpty()) // instr on lower(): no LIKE wildcards to escape in what the operator types
        conditions.append(u"instr(lower(address), lower('%1')) > 0"_qs.arg(QString(m_text).replace(u'\'', u"''"_qs)));
    // Without a status asked for, the valid addresses (released, or back to valid by themselves)
    // are not the operator's concern here.
    conditions.append(u"status %1 '%2'"_qs.arg(m_status ? u"="_qs : u"<>"_qs,
                                               stableId(addressStatusCodes(), m_status.value_or(AddressStatus::Valid))));
    return u"SELECT address, status, error_count, reason, last_error, "
           "CAST(strftime('%s', first_error_at) AS INTEGER), CAST(strftime('%s', last_error_at) AS INTEGER) "
           "FROM v_quarantine %1 ORDER BY last_error_at DESC, address"_qs
        .arg(conditions.isEmpty() ? QString() : u"WHERE "_qs + conditions.join(u" AND "_qs));
}

QString QuarantineModel::columnTitle(int column) const
{
    switch (column) {
    case Address: return tr("Address");
    case Status: return tr("Status");
    case Errors: return tr("Errors");
    case Reason: return tr("Reason");
    case LastError: return tr("Last error");
    case FirstErrorAt: return tr("First error on");
    case LastErrorAt: return tr("Last error on");
    default: return {};
    }
}

QString QuarantineModel::cellText(const QVariantList &row, int column) const
{
    switch (column) {
    case Status: return codeLabel(addressStatusCodes(), row.value(Status));
    case Reason: return codeLabel(failureReasonCodes(), row.value(Reason));
    case Errors: return formatCount(row.value(Errors));
    case FirstErrorAt:
    case LastErrorAt: return formatUnixTime(row.value(column));
    default: return row.value(column).toString();
    }
}

Qt::Alignment QuarantineModel::cellAlignment(int column) const
{
    return column == Errors ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace diffusion::ui
