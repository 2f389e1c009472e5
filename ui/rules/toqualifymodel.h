#pragma once

#include "sqltablemodel.h"

namespace diffusion::ui {

// The "to qualify" list (table to_qualify): replies no rule matched, grouped by their
// normalized text, most frequent first.
class ToQualifyModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Count, Normalized, Example, FirstSeen, LastSeen, ColumnCount };
    // Values of the statement after the shown columns.
    enum Extra { SmtpCode = ColumnCount, EnhancedCode };

    ToQualifyModel(const QString &workspacePath, QObject *parent);

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;
};

} // namespace diffusion::ui
