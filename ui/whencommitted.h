#pragma once

#include "store/storeerror.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <optional>
#include <type_traits>

namespace diffusion::ui {

// Hands a writer job's outcome to `context` through the event loop, so the GUI thread never
// waits for the writer (deleting a delivery with a million log rows takes about a second).
// `done` gets the job's result (nothing for a void job); `failed` gets the StoreError's sentence.
// A watcher owned by `context` rather than QFuture::then(): if the context goes away first, the
// outcome is dropped with it.
template <typename T, typename Done>
void whenCommitted(QObject *context, QFuture<T> future, Done done, std::function<void(const QString &)> failed)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done), failed = std::move(failed)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>) {
            try {
                watcher->waitForFinished(); // rethrows the job's StoreError
            } catch (const StoreError &error) {
                failed(error.message());
                return;
            }
            done();
        } else {
            std::optional<T> result;
            try {
                result.emplace(watcher->result());
            } catch (const StoreError &error) {
                failed(error.message());
                return;
            }
            done(std::move(*result));
        }
    });
    watcher->setFuture(future);
}

} // namespace diffusion::ui
