#pragma once

#include "navigation.h"

#include <QMainWindow>
#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace diffusion {
class Workspace;
}

class QTimer;

namespace diffusion::ui {

class DeliveryMenu;
class InMailActions;
class InMailJob;
class QuarantineActions;
class MxRulesArea;
class DashboardArea;
class DeliveryLogArea;
class QualificationArea;

class TableArea;
class LanguageController;
class LanguageMenu;
class RecipientsArea;
class SettingsArea;

// The console: the navigation on the left, the chosen area on the right, the workspace in the
// status bar. The workspace must outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    Navigation::Area currentArea() const;
    void showArea(Navigation::Area area);
    QWidget *areaWidget(Navigation::Area area) const;

    Navigation *navigation() const { return m_navigation; }
    LanguageController *languageController() const { return m_languages; }
    TableArea *deliveriesArea() const { return m_deliveries; }
    DashboardArea *dashboardArea() const { return m_dashboard; }
    DeliveryLogArea *deliveryLogArea() const { return m_log; }
    // The delivery the dashboard and the log show: the one selected in the Deliveries area.
    void showDelivery(qint64 deliveryId);
    RecipientsArea *recipientsArea() const { return m_recipients; }
    TableArea *quarantineArea() const { return m_quarantine; }
    QuarantineActions *quarantineActions() const { return m_quarantineActions; }
    TableArea *inMailArea() const { return m_inMail; }
    InMailActions *inMailActions() const { return m_inMailActions; }
    // Reads the bounce mailbox of the settings; it waits for reschedule() (the app's start).
    InMailJob *inMailJob() const { return m_inMailJob; }
    MxRulesArea *mxRulesArea() const { return m_mxRules; }
    QualificationArea *qualificationArea() const { return m_qualification; }
    SettingsArea *settingsArea() const { return m_settings; }
    DeliveryMenu *deliveryMenu() const { return m_deliveryMenu; }

    // Where the workspace's engine runs: in this window (processId 0) or in another process,
    // which this window then only watches; shown in the status bar.
    void setEngineProcess(qint64 processId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshCurrentArea();

    Workspace &m_workspace;
    LanguageController *m_languages;
    Navigation *m_navigation;
    QStackedWidget *m_stack;
    TableArea *m_deliveries;
    DashboardArea *m_dashboard;
    DeliveryLogArea *m_log;
    RecipientsArea *m_recipients;
    TableArea *m_quarantine;
    QuarantineActions *m_quarantineActions;
    InMailJob *m_inMailJob;
    TableArea *m_inMail;
    InMailActions *m_inMailActions;
    MxRulesArea *m_mxRules;
    QualificationArea *m_qualification;
    SettingsArea *m_settings;
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    DeliveryMenu *m_deliveryMenu;
    QTimer *m_liveRefresh;
    LanguageMenu *m_languageMenu;
    QAction *m_refreshAction;
    QAction *m_quitAction;
    QLabel *m_workspaceLabel;
    QLabel *m_engineLabel;
    std::optional<qint64> m_engineProcess;
};

} // namespace diffusion::ui
