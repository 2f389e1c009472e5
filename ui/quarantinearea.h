#pragma once

#include <QWidget>

namespace diffusion::ui {

class AreaHeader;
class QuarantineModel;
class TablePane;

// The addresses that deliveries skip because of past errors.
class QuarantineArea final : public QWidget
{
    Q_OBJECT

public:
    QuarantineArea(const QString &workspacePath, QWidget *parent);

    QuarantineModel *model() const { return m_model; }
    TablePane *pane() const { return m_pane; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QuarantineModel *m_model;
    AreaHeader *m_header;
    TablePane *m_pane;
};

} // namespace diffusion::ui
