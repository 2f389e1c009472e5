#pragma once

#include "domain/codes.h"

#include "sqltablemodel.h"

namespace diffusion::ui {

// The addresses in quarantine, denylisted or with errors (view v_quarantine), most recent error first.
class QuarantineModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Address, Status, Errors, Reason, LastError, FirstErrorAt, LastErrorAt, ColumnCount };

    explicit QuarantineModel(const QString &workspacePath, QObject *parent);

    // Only the addresses containing `text` (any case), and of one status when given, else of any
    // status but Valid; refreshes.
    void setFilter(const QString &text, std::optional<AddressStatus> status);

    int keyColumn() const override { return Address; }

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;

private:
    QString m_text;
    std::optional<AddressStatus> m_status;
};

} // namespace diffusion::ui
