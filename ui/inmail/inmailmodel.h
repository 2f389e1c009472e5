#pragma once

#include "sqltablemodel.h"

#include <optional>

namespace diffusion::ui {

// What inMail read from the bounce mailbox (inmail_message), newest first: what each message
// was and what became of it, with the recipients it named.
class InMailModel final : public SqlTableModel
{
    Q_OBJECT

public:
    enum Column { ReadAt, Kind, Outcome, From, Subject, Recipients, Statuses, ColumnCount };
    // Past the shown columns: the message's id.
    static constexpr int Id = ColumnCount;

    explicit InMailModel(const QString &workspacePath, QObject *parent);

    // Only the messages of this outcome ("applied", "unmatched", "not_bounce"; empty: every
    // one) whose sender, subject or a recipient contains `text` (any case); refreshes.
    void setFilter(const QString &text, const QString &outcome);

    int keyColumn() const override { return Id; }

    // The translated words for the stored kinds and outcomes.
    static QString kindLabel(const QString &kind);
    static QString outcomeLabel(const QString &outcome);

protected:
    QString selectStatement() const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QString cellText(const QVariantList &row, int column) const override;

private:
    QString m_text;
    QString m_outcome;
};

} // namespace diffusion::ui
