#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace diffusion {
class ReadConnection;
}

namespace diffusion::ui {

// The rows of an ordered rule table being edited (MX rules, qualification rules): the first rule
// that matches wins, so rows move up and down. Edits stay in the model until the area saves
// them; refresh() reads the stored rules again only while there are none. A pinned last row
// (the generic MX rule) neither moves nor is deleted, and nothing moves below it.
// Headers and cells are re-rendered when the language changes.
class OrderedRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~OrderedRulesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the stored rules with the model's own connection, made in this (the GUI) thread.
    // On failure the rows stay and lastError() says why.
    bool refresh();
    QString lastError() const { return m_lastError; }

    // Whether the rows differ from the stored rules they were read from (or saved as).
    virtual bool isModified() const = 0;
    // Forgets the edits and shows the stored rules.
    virtual void revert() = 0;

    // Whether the row can go up (delta -1) or down (+1), or be removed.
    bool canMove(int row, int delta) const;
    bool canRemove(int row) const;
    void move(int row, int delta);
    void remove(int row);
    // Where a new rule goes: after `row`, or at the end when no row is chosen; never below a
    // pinned last row.
    int insertionRow(int afterRow) const;

    // The sentences that say what is wrong with a row's rule (empty when nothing is).
    virtual QStringList problems(int row) const = 0;

Q_SIGNALS:
    // The rows were changed by an edit, a revert, a save or a refresh.
    void rulesChanged();
    void refreshFailed(const QString &message);

protected:
    OrderedRulesModel(const QString &workspacePath, int columns, QObject *parent);

    virtual int count() const = 0;
    virtual void read(QSqlDatabase &db) = 0;
    virtual void moveItem(int from, int to) = 0;
    virtual void removeItem(int row) = 0;
    virtual bool isPinned(int row) const;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;

private:
    void retranslate();

    QString m_path;
    const int m_columns;
    std::unique_ptr<ReadConnection> m_connection;
    QString m_lastError;
};

} // namespace diffusion::ui
