#pragma once

#include <QWidget>

namespace diffusion::ui {

class AreaHeader;
class MxRuleModel;
class TablePane;

// The sending limits per destination mail server, read-only for now.
class MxRulesArea final : public QWidget
{
    Q_OBJECT

public:
    MxRulesArea(const QString &workspacePath, QWidget *parent);

    MxRuleModel *model() const { return m_model; }
    TablePane *pane() const { return m_pane; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    MxRuleModel *m_model;
    AreaHeader *m_header;
    TablePane *m_pane;
};

} // namespace diffusion::ui
