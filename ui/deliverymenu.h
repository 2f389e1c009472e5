#pragma once

#include "engine/deliveryrequest.h"

#include <QMenu>

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class TableArea;

// The "Delivery" menu for the delivery selected in the Deliveries area: new, edit
// (DeliveryEditor), duplicate, delete; analyze and confirm it (AnalysisDialog), pause, resume or
// stop it. The same menu opens on a right click in the table. Requests go through the workspace, so they reach
// the engine wherever it runs (this window or another process) within a second.
class DeliveryMenu final : public QMenu
{
    Q_OBJECT

public:
    DeliveryMenu(Workspace &workspace, TableArea *deliveries, QWidget *parent);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *analyzeAction() const { return m_analyze; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void request(DeliveryRequest request);
    void analyze();
    void edit(qint64 deliveryId);
    void duplicate();
    void remove();
    qint64 selectedDelivery() const; // 0: none

    Workspace &m_workspace;
    TableArea *m_deliveries;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_analyze;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_stop;
};

} // namespace diffusion::ui
