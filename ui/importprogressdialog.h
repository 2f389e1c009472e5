#pragma once

#include "import/recipientimport.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTimer;
template <typename T> class QFutureWatcher;

namespace diffusion {
class StoreWriter;
}

namespace diffusion::ui {

// Runs one import on the workspace's writer thread and shows how far it is, with a Cancel that
// really stops it. The GUI never waits: the importer's progress callback stores counters in
// atomics that a timer reads, and reads the cancel flag from there too; the end arrives through
// a QFutureWatcher. The dialog stays until the import has ended, then emits exactly one of
// succeeded(), failed() or canceled() and closes (finished() follows).
class ImportProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProgressDialog(StoreWriter &writer, const ImportOptions &options, QWidget *parent);
    // Cancels an import still running: its job ends at its next progress call and leaves the
    // list as it was.
    ~ImportProgressDialog() override;

    void start();
    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void succeeded(const diffusion::ImportResult &result);
    void failed(const QString &message);
    void canceled();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override; // Escape and the window's close button cancel the import

private:
    struct SharedProgress;

    void retranslateUi();
    void showProgress();
    void onFinished();

    StoreWriter &m_writer;
    ImportOptions m_options;
    std::shared_ptr<SharedProgress> m_progress;
    QFutureWatcher<ImportResult> *m_watcher;
    QTimer *m_timer;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
};

} // namespace diffusion::ui
