#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace diffusion {
class AnalysisRunner;
class Workspace;
struct AnalysisReport;
}

namespace diffusion::ui {

class AnalysisReportView;

// Analyze, read, confirm: runs the analysis of one delivery with its phase, progress and a
// cancel, shows the report (AnalysisReportView), and confirms the delivery — impossible while
// the analysis holds an error, which the dialog then names. Confirming hands the delivery to the
// workspace's engine, wherever it runs.
class AnalysisDialog final : public QDialog
{
    Q_OBJECT

public:
    AnalysisDialog(Workspace &workspace, qint64 deliveryId, QWidget *parent = nullptr);
    ~AnalysisDialog() override;

    // Runs a new analysis.
    void analyze();
    // Shows the delivery's last analysis without running one; false when it has none.
    bool showLatest();

Q_SIGNALS:
    void confirmed(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void showReport(const AnalysisReport &report);
    void confirm();
    void setRunning(bool running);

    Workspace &m_workspace;
    qint64 m_deliveryId;
    AnalysisRunner *m_runner;
    QLabel *m_title;
    QLabel *m_phase;
    QProgressBar *m_bar;
    AnalysisReportView *m_report;
    QLabel *m_obstacle;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
    QPushButton *m_again;
    QPushButton *m_cancel;
};

} // namespace diffusion::ui
