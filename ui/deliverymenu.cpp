#include "deliverymenu.h"

#include "analysisdialog.h"
#include "deliverymodel.h"
#include "engine/enginelock.h"
#include "store/storeerror.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"

#include <QDateTime>
#include <QEvent>
#include <QItemSelectionModel>

namespace diffusion::ui {

DeliveryMenu::DeliveryMenu(Workspace &workspace, TableArea *deliveries, QWidget *parent)
    : QMenu(parent), m_workspace(workspace), m_deliveries(deliveries),
      m_analyze(addAction(QString())), m_pause((addSeparator(), addAction(QString()))), m_resume(addAction(QString())), m_stop(addAction(QString()))
{
    m_analyze->setObjectName(u"analyzeDelivery"_qs);
    m_analyze->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_pause->setObjectName(u"pauseDelivery"_qs);
    m_resume->setObjectName(u"resumeDelivery"_qs);
    m_stop->setObjectName(u"stopDelivery"_qs);
    connect(m_analyze, &QAction::triggered, this, &DeliveryMenu::analyze);
    connect(m_pause, &QAction::triggered, this, [this] { request(DeliveryRequest::Pause); });
    connect(m_resume, &QAction::triggered, this, [this] { request(DeliveryRequest::Resume); });
    connect(m_stop, &QAction::triggered, this, [this] { request(DeliveryRequest::Stop); });
    connect(m_deliveries->pane()->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveryMenu::updateEnabled);
    connect(m_deliveries->model(), &QAbstractItemModel::modelReset, this, &DeliveryMenu::updateEnabled);
    retranslateUi();
    updateEnabled();
}

qint64 DeliveryMenu::selectedDelivery() const
{
    const QModelIndex current = m_deliveries->pane()->table()->currentIndex();
    return current.isValid() ? m_deliveries->model()->rawValue(current.row(), DeliveryModel::Id).toLongLong() : 0;
}

void DeliveryMenu::updateEnabled()
{
    const bool selected = selectedDelivery() != 0;
    for (QAction *action : {m_analyze, m_pause, m_resume, m_stop})
        action->setEnabled(selected);
}

void DeliveryMenu::request(DeliveryRequest request)
{
    const qint64 id = selectedDelivery();
    if (id == 0)
        return;
    const bool engineRuns = EngineLock::isHeld(m_workspace.path());
    try {
        const bool applied = m_workspace.writer().submit([id, request, engineRuns](QSqlDatabase &db) {
            return requestDelivery(db, id, request, engineRuns, QDateTime::currentSecsSinceEpoch());
        }).result();
        Q_EMIT statusMessage(applied ? tr("Delivery %1: asked.").arg(id)
                                     : tr("Delivery %1 cannot do that in its present state.").arg(id));
    } catch (const StoreError &error) {
        Q_EMIT statusMessage(error.message());
    }
    m_deliveries->refresh();
}

void DeliveryMenu::analyze()
{
    const qint64 id = selectedDelivery();
    if (id == 0)
        return;
    auto *dialog = new AnalysisDialog(m_workspace, id, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnalysisDialog::confirmed, this, [this](qint64 confirmedId) {
        Q_EMIT statusMessage(tr("Delivery %1 confirmed: sending starts.").arg(confirmedId));
        m_deliveries->refresh();
    });
    connect(dialog, &QDialog::finished, m_deliveries, &TableArea::refresh);
    dialog->open();
    dialog->analyze();
}

void DeliveryMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void DeliveryMenu::retranslateUi()
{
    setTitle(tr("&Delivery"));
    m_analyze->setText(tr("&Analyze and confirm…"));
    m_pause->setText(tr("&Pause"));
    m_resume->setText(tr("&Resume"));
    m_stop->setText(tr("&Stop (final: unsent messages are canceled)"));
}

} // namespace diffusion::ui
