#include "importprogressdialog.h"

#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>

namespace diffusion::ui {

// Written by the writer thread, read by the GUI thread; outlives the dialog when the dialog is
// closed while the job still runs.
struct ImportProgressDialog::SharedProgress {
    std::atomic<qint64> bytesRead{0};
    std::atomic<qint64> bytesTotal{0};
    std::atomic<bool> cancelRequested{false};
};

namespace {
constexpr int barMaximum = 1000;
constexpr int refreshIntervalMs = 100;
} // namespace

ImportProgressDialog::ImportProgressDialog(StoreWriter &writer, const ImportOptions &options, QWidget *parent)
    : QDialog(parent),
      m_writer(writer),
      m_options(options),
      m_progress(std::make_shared<SharedProgress>()),
      m_watcher(new QFutureWatcher<ImportResult>(this)),
      m_timer(new QTimer(this)),
      m_title(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_detail(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importProgressDialog"_qs);
    setWindowModality(Qt::WindowModal);
    m_bar->setObjectName(u"progress"_qs);
    m_detail->setObjectName(u"detail"_qs);
    m_title->setWordWrap(true);
    m_bar->setRange(0, barMaximum);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addWidget(m_buttons);

    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ImportProgressDialog::showProgress);
    connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportProgressDialog::onFinished);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::cancel);

    retranslateUi();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ImportProgressDialog::~ImportProgressDialog()
{
    if (m_running)
        m_progress->cancelRequested = true;
}

void ImportProgressDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    std::shared_ptr<SharedProgress> progress = m_progress;
    ImportProgress callback = [progress](qint64 bytesRead, qint64 bytesTotal) {
        progress->bytesRead.store(bytesRead, std::memory_order_relaxed);
        progress->bytesTotal.store(bytesTotal, std::memory_order_relaxed);
        return !progress->cancelRequested.load(std::memory_order_relaxed);
    };
    m_watcher->setFuture(submitImport(m_writer, m_options, std::move(callback)));
    m_timer->start();
    showProgress();
}

void ImportProgressDialog::cancel()
{
    if (!m_running || m_progress->cancelRequested)
        return;
    m_progress->cancelRequested = true;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    showProgress();
}

void ImportProgressDialog::reject()
{
    if (m_running)
        cancel();
    else
        QDialog::reject();
}

void ImportProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportProgressDialog::retranslateUi()
{
    setWindowTitle(tr("Importing recipients"));
    m_title->setText(tr("Importing %1 into the list “%2”…")
                         .arg(QFileInfo(m_options.filePath).fileName(), m_options.listName));
    showProgress();
}

void ImportProgressDialog::showProgress()
{
    const qint64 read = m_progress->bytesRead.load(std::memory_order_relaxed);
    const qint64 total = m_progress->bytesTotal.load(std::memory_order_relaxed);
    if (m_progress->cancelRequested) {
        m_detail->setText(tr("Canceling… The list will stay as it was."));
    } else if (total <= 0) {
        m_detail->setText(m_running ? tr("Waiting for the workspace…") : QString());
    } else {
        const QLocale locale;
        m_detail->setText(tr("%1 of %2 read").arg(locale.formattedDataSize(read), locale.formattedDataSize(total)));
    }
    if (total > 0) {
        m_bar->setRange(0, barMaximum);
        m_bar->setValue(int(std::clamp<qint64>(read * barMaximum / total, 0, barMaximum)));
    } else {
        m_bar->setRange(0, m_running ? 0 : barMaximum); // busy until the importer tells the size
    }
}

void ImportProgressDialog::onFinished()
{
    m_timer->stop();
    m_running = false;
    const QFuture<ImportResult> future = m_watcher->future();
    try {
        // A job that finished despite a late cancel has committed: report it as done.
        const ImportResult result = future.result();
        m_bar->setRange(0, barMaximum);
        m_bar->setValue(barMaximum);
        Q_EMIT succeeded(result);
    } catch (const StoreError &error) {
        if (m_progress->cancelRequested)
            Q_EMIT canceled();
        else
            Q_EMIT failed(error.message());
    } catch (const std::exception &error) {
        Q_EMIT failed(tr("The import stopped on an unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
    } catch (...) {
        Q_EMIT failed(tr("The import stopped on an unexpected error."));
    }
    QDialog::done(QDialog::Accepted);
}

} // namespace diffusion::ui
