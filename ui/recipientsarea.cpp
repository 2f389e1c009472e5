#include "recipientsarea.h"

#include "areaheader.h"
#include "importdialog.h"
#include "importprogressdialog.h"
#include "importresultdialog.h"
#include "listsummarymodel.h"
#include "navigation.h"
#include "store/workspace.h"
#include "tablepane.h"
#include "tableview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace diffusion::ui {

RecipientsArea::RecipientsArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ListSummaryModel(workspace.path(), this)),
      m_header(new AreaHeader(this)),
      m_importAction(new QAction(this)),
      m_refreshAction(new QAction(this)),
      m_pane(new TablePane(m_model, this))
{
    setObjectName(u"recipientsArea"_qs);
    m_importAction->setObjectName(u"importCsv"_qs);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_refreshAction->setObjectName(u"refreshLists"_qs);
    m_pane->table()->setColumnWidthsInCharacters({32, 12, 12, 16, 12, 18});

    auto *importButton = new QToolButton(this);
    importButton->setDefaultAction(m_importAction);
    importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addWidget(refreshButton);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addLayout(actions);
    layout->addWidget(m_pane, 1);
    setTabOrder(refreshButton, m_pane->table()); // the buttons stand above the table

    connect(m_importAction, &QAction::triggered, this, &RecipientsArea::askForImport);
    connect(m_refreshAction, &QAction::triggered, this, &RecipientsArea::refresh);
    retranslateUi();
}

void RecipientsArea::refresh()
{
    m_model->refresh();
}

void RecipientsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecipientsArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void RecipientsArea::retranslateUi()
{
    m_header->setTexts(Navigation::title(Navigation::Area::Recipients),
                       tr("Recipient lists imported from CSV files, with how many of their addresses "
                          "can receive mail."));
    m_importAction->setText(tr("&Import CSV…"));
    m_importAction->setToolTip(tr("Import recipients from a CSV file into a new or existing list"));
    m_refreshAction->setText(tr("&Refresh"));
    m_pane->setEmptyText(tr("No recipient lists yet. Choose Import CSV… to load recipients from a CSV file "
                            "into a new list."));
}

void RecipientsArea::askForImport()
{
    if (m_running)
        return; // one import at a time; its dialog is already on screen
    auto *dialog = new ImportDialog(m_model->listNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->options()); });
    dialog->open();
}

void RecipientsArea::startImport(const ImportOptions &options)
{
    if (m_running)
        return;
    auto *progress = new ImportProgressDialog(m_workspace.writer(), options, this);
    m_running = progress;
    const QString listName = options.listName;
    connect(progress, &ImportProgressDialog::succeeded, this, [this, listName](const ImportResult &result) {
        refresh();
        Q_EMIT statusMessage(tr("Import into “%1” finished.").arg(listName));
        showResult(listName, result);
    });
    connect(progress, &ImportProgressDialog::failed, this, [this](const QString &message) {
        refresh();
        Q_EMIT statusMessage(tr("The import failed."));
        showFailure(message);
    });
    connect(progress, &ImportProgressDialog::canceled, this, [this] {
        refresh();
        Q_EMIT statusMessage(tr("Import canceled. The list was left as it was."));
    });
    connect(progress, &QDialog::finished, this, [this, progress] {
        if (m_running == progress)
            m_running = nullptr;
        progress->deleteLater();
    });
    progress->open();
    progress->start();
}

void RecipientsArea::showResult(const QString &listName, const ImportResult &result)
{
    auto *dialog = new ImportResultDialog(listName, result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecipientsArea::showFailure(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"),
                                tr("The recipients could not be imported. The list was left as it was."),
                                QMessageBox::Close, this);
    box->setObjectName(u"importFailure"_qs);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace diffusion::ui
