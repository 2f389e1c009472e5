#pragma once

#include "sqltablemodel.h"

namespace diffusion::ui {

// The addresses in quarantine, denylisted or with errors (view v_quarantine), most recent error first.
class QuarantineModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Address, Status, Errors, Reason, LastError, FirstErrorAt, LastErrorAt, ColumnCount };

    explicit QuarantineModel(const QString &workspacePath, QObject *parent);

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;
};

} // namespace diffusion::ui
