#include "deliverylogexport.h"

#include "deliverylogcolumns.h"
#include "deliverylogrow.h"
#include "deliverylogsnapshot.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSaveFile>
#include <algorithm>

namespace diffusion::ui {

// Written by the export's thread before it finishes its promise, read by the GUI thread after
// the watcher says it finished (the future's state carries the ordering).
struct ExportOutcome {
    bool committed = false;
    int messages = 0;
    QString error;
};

namespace {

void appendField(QByteArray &line, const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (std::any_of(utf8.cbegin(), utf8.cend(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; })) {
        utf8.replace('"', "\"\"");
        line += '"' + utf8 + '"';
    } else {
        line += utf8;
    }
}

void endLine(QByteArray &line)
{
    line.chop(1); // the last separator
    line += "\r\n";
}

QString writeError(const QString &filePath, const QString &why)
{
    return DeliveryLogExport::tr("Cannot write the file %1: %2. Choose another folder, or free some disk space.")
        .arg(filePath, why);
}

void writeCsv(QPromise<void> &promise, const QString &workspacePath, const QString &filePath,
              const DeliveryLogSnapshot &view, ExportOutcome &outcome)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = writeError(filePath, file.errorString());
        return;
    }
    try {
        ReadConnection connection(workspacePath);
        DeliveryLogReader reader(sqliteHandle(connection.db()));
        QByteArray chunk = "id,";
        for (int column = 0; column < deliverylog::ColumnCount; ++column)
            chunk += QByteArray(deliverylog::sqlName(column)) + ',';
        endLine(chunk);
        for (int first = 0; first < view.size(); first += DeliveryLogReader::batchSize) {
            if (promise.isCanceled())
                return; // QSaveFile removes what it wrote
            const int count = std::min(DeliveryLogReader::batchSize, view.size() - first);
            for (const DeliveryLogRow &row : reader.read({view.ids.data() + first, size_t(count)})) {
                if (!row.id)
                    continue; // deleted since the view was built
                chunk += QByteArray::number(row.id) + ',';
                for (int column = 0; column < deliverylog::ColumnCount; ++column) {
                    appendField(chunk, deliverylog::csvText(row, column));
                    chunk += ',';
                }
                endLine(chunk);
                ++outcome.messages;
            }
            if (file.write(chunk) != chunk.size()) {
                outcome.error = writeError(filePath, file.errorString());
                return;
            }
            chunk.clear();
            promise.setProgressValue(first + count);
        }
    } catch (const StoreError &error) {
        outcome.error = error.message();
        return;
    }
    if (promise.isCanceled())
        return;
    if (!file.commit()) {
        outcome.error = writeError(filePath, file.errorString());
        return;
    }
    outcome.committed = true;
}

} // namespace

DeliveryLogExport::DeliveryLogExport(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_watcher(new QFutureWatcher<void>(this))
{
    m_thread.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int written) { Q_EMIT progressed(written, m_total); });
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &DeliveryLogExport::onFinished);
}

DeliveryLogExport::~DeliveryLogExport()
{
    cancel();
    m_thread.waitForDone();
}

void DeliveryLogExport::start(const QString &filePath, std::shared_ptr<const DeliveryLogSnapshot> view)
{
    if (m_running || !view)
        return;
    m_running = true;
    m_filePath = filePath;
    m_total = view->size();
    m_outcome = std::make_shared<ExportOutcome>();
    auto promise = std::make_shared<QPromise<void>>();
    promise->setProgressRange(0, m_total);
    m_watcher->setFuture(promise->future());
    promise->start();
    m_thread.start([promise, path = m_workspacePath, filePath, view = std::move(view), outcome = m_outcome] {
        writeCsv(*promise, path, filePath, *view, *outcome);
        promise->finish();
    });
}

void DeliveryLogExport::cancel()
{
    if (m_running)
        m_watcher->future().cancel();
}

void DeliveryLogExport::onFinished()
{
    m_running = false;
    // Checked in this order: a cancel that came after the rename leaves a whole file, so it is
    // reported as written.
    if (m_outcome->committed)
        Q_EMIT succeeded(m_outcome->messages);
    else if (!m_outcome->error.isEmpty())
        Q_EMIT failed(m_outcome->error);
    else
        Q_EMIT canceled();
}

} // namespace diffusion::ui
