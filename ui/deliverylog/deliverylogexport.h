#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>

template <typename T> class QFutureWatcher;

namespace diffusion::ui {

struct DeliveryLogSnapshot;
struct ExportOutcome;

// Writes a view of the delivery log — its messages in its order — to a CSV file on a thread of
// its own, with its own connection: RFC 4180 (UTF-8, a header line, CRLF line ends, a field
// quoted when it holds a comma, a quote or a line break); the message id, then the columns
// named as in docs/schema.md, with stable ids for codes and ISO 8601 UTC times. The file
// appears whole or not at all: it is written beside its name and renamed at the end, so a
// cancel or an error leaves no partial file (and an older file of that name as it was).
class DeliveryLogExport final : public QObject
{
    Q_OBJECT

public:
    DeliveryLogExport(const QString &workspacePath, QObject *parent);
    // Cancels a running export and waits for its thread (it stops at its next batch of rows).
    ~DeliveryLogExport() override;

    void start(const QString &filePath, std::shared_ptr<const DeliveryLogSnapshot> view);
    void cancel();
    bool isRunning() const { return m_running; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void progressed(int written, int total);
    // Exactly one of these ends each export.
    void succeeded(int messages);
    void canceled();
    void failed(const QString &message);

private:
    void onFinished();

    QString m_workspacePath;
    QString m_filePath;
    int m_total = 0;
    bool m_running = false;
    QThreadPool m_thread;
    QFutureWatcher<void> *m_watcher;
    std::shared_ptr<ExportOutcome> m_outcome;
};

} // namespace diffusion::ui
