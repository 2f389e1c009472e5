#pragma once

#include <QPointer>
#include <QWidget>

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class AreaHeader;
class MxRuleDialog;
class MxRuleListModel;
class RuleTable;

// The MX rules editor: the sending limits per destination, in the order they are tried, with
// the generic rule * last. Changes stay in the area until Save writes them, through the
// workspace's writer, as `diffusion-cli mx-rule` would.
class MxRulesArea final : public QWidget
{
    Q_OBJECT

public:
    MxRulesArea(Workspace &workspace, QWidget *parent);

    MxRuleListModel *model() const { return m_model; }
    RuleTable *table() const { return m_table; }
    // The rule dialog while one is open.
    MxRuleDialog *openDialog() const;

    // Reads the stored rules again, unless there are unsaved changes.
    void refresh();

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void add(int afterRow);
    void edit(int row);
    void save();
    void retranslateUi();

    Workspace &m_workspace;
    AreaHeader *m_header;
    MxRuleListModel *m_model;
    RuleTable *m_table;
    QPointer<MxRuleDialog> m_dialog;
};

} // namespace diffusion::ui
