#pragma once

#include <QWidget>

class QAction;

namespace diffusion {
class Workspace;
struct ImportOptions;
struct ImportResult;
}

namespace diffusion::ui {

class AreaHeader;
class ImportProgressDialog;
class ListSummaryModel;
class TablePane;

// The recipient lists with their counts, and the import of CSV files into them.
class RecipientsArea final : public QWidget
{
    Q_OBJECT

public:
    RecipientsArea(Workspace &workspace, QWidget *parent);

    ListSummaryModel *model() const { return m_model; }
    TablePane *pane() const { return m_pane; }
    // "Import CSV…": also in the main window's File menu.
    QAction *importAction() const { return m_importAction; }
    void refresh();

    // The steps of an import, public so that tests can drive them without the file dialog.
    void startImport(const ImportOptions &options);
    ImportProgressDialog *runningImport() const { return m_running; }

Q_SIGNALS:
    // A short sentence for the status bar when an import ends.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void askForImport();
    void showResult(const QString &listName, const ImportResult &result);
    void showFailure(const QString &message);

    Workspace &m_workspace;
    ListSummaryModel *m_model;
    AreaHeader *m_header;
    QAction *m_importAction;
    QAction *m_refreshAction;
    TablePane *m_pane;
    ImportProgressDialog *m_running = nullptr;
};

} // namespace diffusion::ui
