#pragma once

#include "domain/codes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>
#include <memory>

namespace diffusion {
class ReadConnection;
}

namespace diffusion::ui {

// A read-only table filled from one SELECT on the workspace, for the small tables of the console
// (lists, quarantine, MX rules). Each model owns its read connection, made in the GUI thread that
// uses it. Subclasses give the statement, the column titles and how a cell reads; this class keeps
// the rows, and re-renders headers and cells when the language (and so the locale) changes.
//
// Not for the delivery log: that one pages from SQLite and keeps a bounded live tail.
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~SqlTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the rows. On failure the previous rows stay, lastError() says why, and
    // refreshFailed() is emitted; a later successful refresh clears the error.
    bool refresh();
    QString lastError() const { return m_lastError; }

    // A cell as the statement returned it, before formatting; columns past columnCount() are the
    // statement's extra values (ids) that the table does not show.
    QVariant rawValue(int row, int column) const;
    // The raw column that names a row (an id), so that a view keeps its selection when rows come
    // or go; -1 when rows have no such name.
    virtual int keyColumn() const { return -1; }

Q_SIGNALS:
    void refreshFailed(const QString &message);
    void refreshed();

protected:
    SqlTableModel(const QString &workspacePath, int columns, QObject *parent);

    virtual QString selectStatement() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    // The text of a cell; the default shows integers through QLocale and the rest as is.
    virtual QString cellText(const QVariantList &row, int column) const;
    virtual Qt::Alignment cellAlignment(int column) const;

    // Shared formatting, so that every table writes numbers and times the same way.
    static QString formatCount(const QVariant &value);
    static QString formatUnixTime(const QVariant &secondsSinceEpoch);
    // The views give codes by their stable id; the user reads the translated label.
    static QString codeLabel(std::span<const CodeInfo> table, const QVariant &id);

private:
    void retranslate();

    QString m_path;
    const int m_columns;
    std::unique_ptr<ReadConnection> m_connection;
    QList<QVariantList> m_rows;
    QString m_lastError;
};

} // namespace diffusion::ui
