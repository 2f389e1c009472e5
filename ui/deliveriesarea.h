#pragma once

#include <QWidget>

namespace diffusion::ui {

class AreaHeader;
class DeliveryModel;
class TablePane;

// The deliveries of the workspace. Creating and following deliveries comes with the engine;
// until then the area lists what the workspace holds and says what it is for.
class DeliveriesArea final : public QWidget
{
    Q_OBJECT

public:
    DeliveriesArea(const QString &workspacePath, QWidget *parent);

    DeliveryModel *model() const { return m_model; }
    TablePane *pane() const { return m_pane; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    DeliveryModel *m_model;
    AreaHeader *m_header;
    TablePane *m_pane;
};

} // namespace diffusion::ui
