#include "deliverymenu.h"

#include "analysisdialog.h"
#include "delivery/deliveryrepository.h"
#include "editor/deliveryeditor.h"
#include "deliverymodel.h"
#include "engine/enginelock.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "whencommitted.h"

#include <QDateTime>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

namespace diffusion::ui {

DeliveryMenu::DeliveryMenu(Workspace &workspace, TableArea *deliveries, QWidget *parent)
    : QMenu(parent), m_workspace(workspace), m_deliveries(deliveries),
      m_new(addAction(QString())), m_edit(addAction(QString())), m_duplicate(addAction(QString())), m_delete(addAction(QString())),
      m_analyze((addSeparator(), addAction(QString()))), m_pause((addSeparator(), addAction(QString()))), m_resume(addAction(QString())), m_stop(addAction(QString()))
{
    m_new->setObjectName(u"newDelivery"_qs);
    m_edit->setObjectName(u"editDelivery"_qs);
    m_duplicate->setObjectName(u"duplicateDelivery"_qs);
    m_delete->setObjectName(u"deleteDelivery"_qs);
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deliveries->addAction(m_delete); // Delete acts in the table only, not in text fields elsewhere
    m_analyze->setObjectName(u"analyzeDelivery"_qs);
    m_analyze->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_pause->setObjectName(u"pauseDelivery"_qs);
    m_resume->setObjectName(u"resumeDelivery"_qs);
    m_stop->setObjectName(u"stopDelivery"_qs);
    connect(m_new, &QAction::triggered, this, [this] { edit(0); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedDelivery())
            edit(id);
    });
    connect(m_duplicate, &QAction::triggered, this, &DeliveryMenu::duplicate);
    connect(m_delete, &QAction::triggered, this, &DeliveryMenu::remove);
    connect(m_analyze, &QAction::triggered, this, &DeliveryMenu::analyze);
    QTableView *table = m_deliveries->pane()->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &at) { popup(table->viewport()->mapToGlobal(at)); });
    connect(table, &QAbstractItemView::doubleClicked, m_edit, &QAction::trigger);
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
    for (QAction *action : {m_edit, m_duplicate, m_delete, m_analyze, m_pause, m_resume, m_stop})
        action->setEnabled(selected);
}

void DeliveryMenu::request(DeliveryRequest request)
{
    const qint64 id = selectedDelivery();
    if (id == 0)
        return;
    const bool engineRuns = EngineLock::isHeld(m_workspace.path());
    whenCommitted(this, m_workspace.writer().submit([id, request, engineRuns](QSqlDatabase &db) {
        return requestDelivery(db, id, request, engineRuns, QDateTime::currentSecsSinceEpoch());
    }), [this, id](bool applied) {
        Q_EMIT statusMessage(applied ? tr("Delivery %1: asked.").arg(id)
                                     : tr("Delivery %1 cannot do that in its present state.").arg(id));
        m_deliveries->refresh();
    }, [this](const QString &error) { Q_EMIT statusMessage(error); });
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

void DeliveryMenu::edit(qint64 deliveryId)
{
    auto *editor = new DeliveryEditor(m_workspace, deliveryId, parentWidget());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DeliveryEditor::saved, this, [this](qint64 savedId) {
        Q_EMIT statusMessage(tr("Delivery %1 saved. Analyze it before sending.").arg(savedId));
        m_deliveries->refresh();
    });
    editor->open();
}

void DeliveryMenu::duplicate()
{
    const qint64 id = selectedDelivery();
    if (id == 0)
        return;
    whenCommitted(this, m_workspace.writer().submit([id](QSqlDatabase &db) { return DeliveryRepository::duplicate(db, id); }),
                  [this, id](qint64 copy) {
        Q_EMIT statusMessage(tr("Delivery %1 copied into delivery %2.").arg(id).arg(copy));
        m_deliveries->refresh();
    }, [this](const QString &error) { Q_EMIT statusMessage(error); });
}

void DeliveryMenu::remove()
{
    const qint64 id = selectedDelivery();
    if (id == 0)
        return;
    const auto answer = QMessageBox::question(parentWidget(), tr("Delete the delivery"),
                                              tr("Delete delivery %1 with its log, analyses and proofs? This cannot be undone.").arg(id),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT statusMessage(tr("Deleting delivery %1…").arg(id));
    whenCommitted(this, m_workspace.writer().submit([id](QSqlDatabase &db) { DeliveryRepository::remove(db, id); }), [this, id] {
        Q_EMIT statusMessage(tr("Delivery %1 deleted.").arg(id));
        m_deliveries->refresh();
    }, [this](const QString &error) { QMessageBox::warning(parentWidget(), tr("Delete the delivery"), error); });
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
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("De&lete…"));
    m_analyze->setText(tr("&Analyze and confirm…"));
    m_pause->setText(tr("&Pause"));
    m_resume->setText(tr("&Resume"));
    m_stop->setText(tr("&Stop (final: unsent messages are canceled)"));
}

} // namespace diffusion::ui
