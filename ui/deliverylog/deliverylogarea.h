#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressDialog;
class QSplitter;
class QStackedWidget;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class AreaHeader;
class DeliveryLogDetails;
class DeliveryLogExport;
class DeliveryLogFilterBar;
class DeliveryLogModel;
class TableView;

// The delivery log of one delivery: every message with its status, reason, type, last SMTP
// reply, MX, retries and times; filters by status, reason and domain, a search by address, a
// sort on any column (header clicks), the details and history of the selected message, and an
// export of what is shown to CSV, with progress and a cancel. Made for a million messages while
// the engine sends: see DeliveryLogModel.
class DeliveryLogArea final : public QWidget
{
    Q_OBJECT

public:
    DeliveryLogArea(Workspace &workspace, QWidget *parent);

    // Shows the log of this delivery (0: none), with every filter off.
    void setDelivery(qint64 deliveryId);
    qint64 deliveryId() const;
    // Follows the workspace; the console calls it every second while the area is shown.
    void refresh();

    DeliveryLogModel *model() const { return m_model; }
    DeliveryLogFilterBar *filterBar() const { return m_filters; }
    TableView *table() const { return m_table; }
    DeliveryLogDetails *details() const { return m_details; }
    // "Export to CSV…": asks for a file, then exports the view as shown.
    QAction *exportAction() const { return m_exportAction; }

    // The export without the file dialog (tests, scripts); does nothing while one runs.
    void startExport(const QString &filePath);
    DeliveryLogExport *runningExport() const { return m_export; }

Q_SIGNALS:
    // A short sentence for the status bar when an export ends.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void askForExport();
    void endExport();
    void showDetails();
    void updateState();

    Workspace &m_workspace;
    DeliveryLogModel *m_model;
    AreaHeader *m_header;
    DeliveryLogFilterBar *m_filters;
    QLabel *m_count;
    QLabel *m_state;
    QAction *m_exportAction;
    QStackedWidget *m_tablePages;
    TableView *m_table;
    QLabel *m_empty;
    DeliveryLogDetails *m_details;
    QSplitter *m_splitter;
    DeliveryLogExport *m_export = nullptr;
    QProgressDialog *m_progress = nullptr;
    qint64 m_detailsId = 0; // the message in the details panel
};

} // namespace diffusion::ui
