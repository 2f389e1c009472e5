#pragma once

#include "sqltablemodel.h"

#include <QStringList>

namespace diffusion::ui {

// The recipient lists of the workspace with their counts (view v_list_summary).
class ListSummaryModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Recipients, Usable, WithoutAddress, BadQuality, LastUpdate, ColumnCount };

    explicit ListSummaryModel(const QString &workspacePath, QObject *parent);

    QStringList listNames() const;

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;
    Qt::Alignment cellAlignment(int column) const override;
};

} // namespace diffusion::ui
