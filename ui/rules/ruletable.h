#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace diffusion::ui {

class OrderedRulesModel;
class TableView;

// An ordered rule table with its actions: add, edit, delete, move up and down change the model
// only; Save and Revert act on the workspace (Save through the area, which knows the rules'
// kind). Under the table, a sentence: unsaved changes, a save's outcome, or an error.
class RuleTable final : public QWidget
{
    Q_OBJECT

public:
    RuleTable(OrderedRulesModel *model, const QList<int> &columnWidthsInCharacters, QWidget *parent);

    TableView *view() const { return m_view; }
    // The selected row, or -1.
    int currentRow() const;
    void selectRow(int row);
    // While a save runs, the rules cannot change.
    void setSaving(bool saving);
    // Unlocks the rules after a save, and says it was done or, with `error`, why not.
    void finishSaving(const QString &error);
    // A sentence under the table until the next change: an error, or that the rules were saved.
    void setMessage(const QString &text);
    QString message() const;

Q_SIGNALS:
    void addRequested(int afterRow);
    void editRequested(int row);
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void moveCurrent(int delta);
    void updateActions();
    void retranslateUi();

    OrderedRulesModel *m_model;
    TableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_status;
    QString m_message;
    bool m_saving = false;
};

} // namespace diffusion::ui
