#include "storewriter.h"

#include "connection.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace diffusion {

namespace {

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        throw StoreError(QCoreApplication::translate("Store", "The workspace database reported an error (%1): %2")
                             .arg(QLatin1StringView(sql), why));
    }
}

} // namespace

StoreWriter::StoreWriter(const QString &path)
{
    std::promise<std::exception_ptr> opened;
    std::future<std::exception_ptr> openResult = opened.get_future();
    m_thread.reset(QThread::create([this, path, &opened] { threadMain(path, opened); }));
    m_thread->setObjectName(u"diffusion-store-writer"_qs);
    m_thread->start();
    if (std::exception_ptr error = openResult.get()) {
        m_thread->wait();
        std::rethrow_exception(error);
    }
}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

void StoreWriter::enqueue(Entry entry)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(entry));
    }
    m_wake.notify_one();
}

void StoreWriter::sync()
{
    submit([](QSqlDatabase &) {}).waitForFinished();
}

quint64 StoreWriter::committedTransactions() const
{
    std::lock_guard lock(m_mutex);
    return m_transactions;
}

void StoreWriter::threadMain(const QString &path, std::promise<std::exception_ptr> &opened)
{
    QSqlDatabase db;
    try {
        db = openConnection(path, ConnectionMode::ReadWrite);
        // WAL lets readers (the GUI, a monitoring process) run beside the writer. The pragma
        // answers with the mode actually in force, which is not WAL on some file systems.
        const QString mode = queryValue(db, u"PRAGMA journal_mode = WAL"_qs).toString();
        if (mode.compare(u"wal"_qs, Qt::CaseInsensitive) != 0) {
            throw StoreError(QCoreApplication::translate("Store",
                "The workspace %1 cannot use write-ahead logging (the file system gave mode \"%2\"). "
                "Keep the workspace on a local disk.").arg(path, mode));
        }
        // In WAL mode NORMAL survives a crash of the process (kill -9); only a power cut can
        // lose the last transactions, never corrupt the file.
        execute(db, u"PRAGMA synchronous = NORMAL"_qs);
        opened.set_value(nullptr);
    } catch (...) {
        if (db.isValid())
            closeConnection(db);
        opened.set_value(std::current_exception());
        return;
    }

    std::deque<Entry> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            batch.swap(m_queue);
        }
        runBatch(db, batch);
        batch.clear();
    }
    closeConnection(db);
}

void StoreWriter::runBatch(QSqlDatabase &db, std::deque<Entry> &batch)
{
    sqlite3 *handle = sqliteHandle(db);
    std::vector<std::exception_ptr> errors(batch.size());
    std::exception_ptr commitError;
    // A savepoint copies every page its job changes into a sub-journal (a temporary file past
    // 64 kB: about 10 kB per outcome the feedback service records). A job alone in its
    // transaction needs none: the transaction's own rollback undoes it.
    const bool savepoints = batch.size() > 1;
    try {
        exec(handle, "BEGIN IMMEDIATE");
        for (size_t i = 0; i < batch.size(); ++i) {
            if (savepoints)
                exec(handle, "SAVEPOINT job");
            try {
                batch[i].run(db);
            } catch (...) {
                errors[i] = std::current_exception();
                if (savepoints)
                    exec(handle, "ROLLBACK TO job");
            }
            if (savepoints)
                exec(handle, "RELEASE job");
        }
        if (!savepoints && errors.front()) {
            exec(handle, "ROLLBACK");
        } else {
            exec(handle, "COMMIT");
            std::lock_guard lock(m_mutex);
            ++m_transactions;
        }
    } catch (...) {
        commitError = std::current_exception();
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i].finish(commitError ? commitError : errors[i]);
}

} // namespace diffusion
