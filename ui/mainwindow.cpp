#include "mainwindow.h"

#include "dashboard/dashboardarea.h"
#include "deliverylog/deliverylogarea.h"
#include "inmail/inmailactions.h"
#include "inmail/inmailjob.h"
#include "inmail/inmailmodel.h"
#include "quarantine/quarantineactions.h"
#include "rules/mxrulesarea.h"
#include "rules/qualificationarea.h"

#include "deliverymenu.h"
#include "deliverymodel.h"
#include "languagecontroller.h"
#include "languagemenu.h"
#include "quarantinemodel.h"
#include "recipientsarea.h"
#include "settingsarea.h"
#include "settings/inmailsection.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace diffusion::ui {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent),
      m_workspace(workspace),
      m_languages(new LanguageController(this)),
      m_navigation(new Navigation(this)),
      m_stack(new QStackedWidget(this)),
      m_deliveries(new TableArea(Navigation::Area::Deliveries, new DeliveryModel(workspace.path(), nullptr),
                                 {30, 20, 11, 11, 11, 11, 9, 18},
                                 {"diffusion::ui::DeliveriesArea",
                                  QT_TRANSLATE_NOOP("diffusion::ui::DeliveriesArea", "E-mail campaigns: their content, target list, state and results."),
                                  QT_TRANSLATE_NOOP("diffusion::ui::DeliveriesArea", "No deliveries yet. Deliveries you create will be listed here with their state and live KPIs.")},
                                 m_stack)),
      m_dashboard(new DashboardArea(workspace, m_stack)),
      m_log(new DeliveryLogArea(workspace, m_stack)),
      m_recipients(new RecipientsArea(workspace, m_stack)),
      m_quarantine(new TableArea(Navigation::Area::Quarantine, new QuarantineModel(workspace.path(), nullptr),
                                 {28, 15, 7, 21, 30, 19, 19},
                                 {"diffusion::ui::QuarantineArea",
                                  QT_TRANSLATE_NOOP("diffusion::ui::QuarantineArea", "Addresses set aside after permanent or repeated delivery errors. Deliveries skip the addresses in quarantine and the denylisted ones."),
                                  QT_TRANSLATE_NOOP("diffusion::ui::QuarantineArea", "No address is in quarantine. Addresses that fail will be listed here with their status, error count and last error.")},
                                 m_stack)),
      // Until the app gives a way to the keychain and the operator, a server's password is unknown.
      m_inMailJob(new InMailJob(workspace, {}, this)),
      m_inMail(new TableArea(Navigation::Area::InMail, new InMailModel(workspace.path(), nullptr),
                             {18, 14, 16, 24, 26, 26, 10},
                             {"diffusion::ui::InMailArea",
                              QT_TRANSLATE_NOOP("diffusion::ui::InMailArea", "What arrived in the bounce mailbox: delivery reports, complaints and auto-replies, applied to the messages they are about. Unmatched ones name no message sent from here: look at them."),
                              QT_TRANSLATE_NOOP("diffusion::ui::InMailArea", "Nothing was read from the bounce mailbox yet. Set it in Settings, Bounce mailbox: what it receives will be listed here with what became of it.")},
                             m_stack)),
      m_mxRules(new MxRulesArea(workspace, m_stack)),
      m_qualification(new QualificationArea(workspace, m_stack)),
      m_settings(new SettingsArea(workspace, m_languages, m_stack)),
      m_fileMenu(new QMenu(this)),
      m_viewMenu(new QMenu(this)),
      m_deliveryMenu(new DeliveryMenu(workspace, m_deliveries, this)),
      m_liveRefresh(new QTimer(this)),
      m_languageMenu(new LanguageMenu(m_languages, this)),
      m_refreshAction(new QAction(this)),
      m_quitAction(new QAction(this)),
      m_workspaceLabel(new QLabel(this)), m_engineLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_qs);
    m_deliveries->setObjectName(u"deliveriesArea"_qs);
    m_quarantine->setObjectName(u"quarantineArea"_qs);
    m_quarantineActions = new QuarantineActions(workspace, m_quarantine, m_quarantine);
    m_quarantine->setToolBar(m_quarantineActions);
    m_inMail->setObjectName(u"inMailArea"_qs);
    m_inMailActions = new InMailActions(workspace.path(), m_inMail, m_inMailJob, m_inMail);
    m_inMail->setToolBar(m_inMailActions);
    m_stack->setObjectName(u"areas"_qs);
    m_workspaceLabel->setObjectName(u"workspacePath"_qs);

    // The stack's order is the navigation's order.
    m_stack->addWidget(m_deliveries);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_log);
    m_stack->addWidget(m_recipients);
    m_stack->addWidget(m_quarantine);
    m_stack->addWidget(m_inMail);
    m_stack->addWidget(m_mxRules);
    m_stack->addWidget(m_qualification);
    m_stack->addWidget(m_settings);

    m_navigation->setFixedWidth(qMax(180, m_navigation->fontMetrics().averageCharWidth() * 24));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_refreshAction->setObjectName(u"refresh"_qs);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_quitAction->setObjectName(u"quit"_qs);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_fileMenu->addAction(m_recipients->importAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu->addAction(m_refreshAction);
    menuBar()->addMenu(m_fileMenu);
    menuBar()->addMenu(m_viewMenu);
    menuBar()->addMenu(m_deliveryMenu);
    menuBar()->addMenu(m_languageMenu);

    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_engineLabel);

    connect(m_navigation, &Navigation::areaChosen, this, &MainWindow::showArea);
    // Imported lists appear in the Recipients area: go there, whichever area the menu was used from.
    connect(m_recipients->importAction(), &QAction::triggered, this, [this] { showArea(Navigation::Area::Recipients); });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentArea);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_recipients, &RecipientsArea::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_quarantineActions, &QuarantineActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_deliveryMenu, &DeliveryMenu::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_inMailJob, &InMailJob::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_inMailJob, &InMailJob::visited, this, [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    const InMailSection *inMailSettings = m_settings->findChild<InMailSection *>();
    connect(inMailSettings, &InMailSection::saved, m_inMailJob, &InMailJob::reschedule);
    connect(inMailSettings, &InMailSection::readNowRequested, m_inMailJob, &InMailJob::readNow);
    connect(m_deliveries->pane()->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDelivery(m_deliveries->model()->rawValue(current.row(), DeliveryModel::Id).toLongLong());
            });
    // The engine keeps the KPIs and the log up to date in the file, whichever process sends: the
    // live areas read what changed every second.
    m_liveRefresh->setInterval(1000);
    connect(m_liveRefresh, &QTimer::timeout, this, [this] {
        switch (currentArea()) {
        case Navigation::Area::Deliveries:
        case Navigation::Area::Dashboard:
        case Navigation::Area::Logs:
            refreshCurrentArea();
            break;
        default:
            break;
        }
    });
    m_liveRefresh->start();

    retranslateUi();
    resize(1100, 700);
}

Navigation::Area MainWindow::currentArea() const
{
    return Navigation::areas().value(m_stack->currentIndex(), Navigation::Area::Deliveries);
}

void MainWindow::showArea(Navigation::Area area)
{
    m_stack->setCurrentIndex(int(Navigation::areas().indexOf(area)));
    if (m_navigation->currentArea() != area)
        m_navigation->setCurrentArea(area);
}

QWidget *MainWindow::areaWidget(Navigation::Area area) const
{
    return m_stack->widget(int(Navigation::areas().indexOf(area)));
}

void MainWindow::showDelivery(qint64 deliveryId)
{
    m_dashboard->setDelivery(deliveryId);
    m_log->setDelivery(deliveryId);
}

void MainWindow::setEngineProcess(qint64 processId)
{
    m_engineProcess = processId;
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Diffusion — %1").arg(QFileInfo(m_workspace.path()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(QFileInfo(m_workspace.path()).absoluteFilePath())));
    if (m_engineProcess) {
        m_engineLabel->setText(*m_engineProcess == 0 ? tr("Engine: runs in this window")
                                                     : tr("Engine: runs in process %1; this window follows it")
                                                           .arg(QLocale().toString(*m_engineProcess)));
    }
}

void MainWindow::refreshCurrentArea()
{
    switch (currentArea()) {
    case Navigation::Area::Deliveries: m_deliveries->refresh(); break;
    case Navigation::Area::Dashboard: m_dashboard->refresh(); break;
    case Navigation::Area::Logs: m_log->refresh(); break;
    case Navigation::Area::Recipients: m_recipients->refresh(); break;
    case Navigation::Area::Quarantine: m_quarantine->refresh(); break;
    case Navigation::Area::InMail: m_inMail->refresh(); break;
    case Navigation::Area::MxRules: m_mxRules->refresh(); break;
    case Navigation::Area::Qualification: m_qualification->refresh(); break;
    case Navigation::Area::Settings: break;
    }
}

} // namespace diffusion::ui
