#pragma once

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QPushButton;

namespace diffusion {
class Workspace;
struct QualificationRule;
}

namespace diffusion::ui {

class AreaHeader;
class QualificationRuleDialog;
class QualificationRuleListModel;
class ReplyTestBox;
class RuleTable;
class TablePane;
class ToQualifyModel;

// The qualification rules editor: the ordered rules that turn a server's refusal into a failure
// type and reason, a box to test a reply against them as edited, and the replies no rule matched
// with their counts, each one a click away from a rule of its own. Changes stay in the area
// until Save writes them, through the workspace's writer, as `diffusion-cli qualify rule` would.
class QualificationArea final : public QWidget
{
    Q_OBJECT

public:
    QualificationArea(Workspace &workspace, QWidget *parent);

    QualificationRuleListModel *model() const { return m_model; }
    ToQualifyModel *toQualifyModel() const { return m_toQualify; }
    RuleTable *table() const { return m_table; }
    TablePane *toQualifyPane() const { return m_toQualifyPane; }
    ReplyTestBox *testBox() const { return m_testBox; }
    // The rule dialog while one is open.
    QualificationRuleDialog *openDialog() const;

    // Reads the stored rules again (unless there are unsaved changes) and the replies to qualify.
    void refresh();

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openRuleDialog(const QualificationRule &rule, int row, bool isNew);
    void addFromReply();
    void save();
    void retranslateUi();

    Workspace &m_workspace;
    AreaHeader *m_header;
    QualificationRuleListModel *m_model;
    ReplyTestBox *m_testBox; // made before the table: the tab order follows the layout's
    RuleTable *m_table;
    ToQualifyModel *m_toQualify;
    QGroupBox *m_toQualifyBox;
    TablePane *m_toQualifyPane;
    QPushButton *m_addFromReply;
    QPointer<QualificationRuleDialog> m_dialog;
};

} // namespace diffusion::ui
