#pragma once

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

namespace diffusion {

// The one thread that writes to a workspace. Jobs queued from any thread are drained in batches:
// each batch is one transaction and each job runs in a savepoint of its own, so a failing job is
// rolled back alone and reports its error while the others commit. A job's future completes only
// after its transaction has committed, so "done" always means "durable in the file".
class StoreWriter final
{
public:
    using Job = std::function<void(QSqlDatabase &db)>;

    // Opens the writer connection on the new thread; throws StoreError if it cannot.
    explicit StoreWriter(const QString &path);
    // Runs every job queued so far, then stops the thread.
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    // Queues a job. The future holds the job's result, or the StoreError it threw.
    template <typename Fn> auto submit(Fn &&fn) -> QFuture<std::invoke_result_t<Fn, QSqlDatabase &>>
    {
        using T = std::invoke_result_t<Fn, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        // The result is held back until the transaction commits: QFuture::result() returns as
        // soon as a result is reported, and "returned" must mean "durable".
        auto result = std::make_shared<std::optional<std::conditional_t<std::is_void_v<T>, bool, T>>>();
        Entry entry;
        entry.run = [fn = std::forward<Fn>(fn), result](QSqlDatabase &db) mutable {
            if constexpr (std::is_void_v<T>) {
                fn(db);
            } else {
                result->emplace(fn(db));
            }
        };
        entry.finish = [promise, result](std::exception_ptr error) {
            if (error) {
                promise->setException(error);
            } else if constexpr (!std::is_void_v<T>) {
                promise->addResult(std::move(**result));
            }
            promise->finish();
        };
        enqueue(std::move(entry));
        return future;
    }

    // Blocks until every job queued before this call has committed (for the CLI and tests).
    void sync();

    // How many transactions and jobs have committed so far (for benchmarks and tests).
    quint64 committedTransactions() const;

private:
    struct Entry {
        Job run;
        std::function<void(std::exception_ptr)> finish;
    };

    void enqueue(Entry entry);
    void threadMain(const QString &path, std::promise<std::exception_ptr> &opened);
    void runBatch(QSqlDatabase &db, std::deque<Entry> &batch);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_queue;
    bool m_stopping = false;
    quint64 m_transactions = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace diffusion
