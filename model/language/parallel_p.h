#pragma once

#include <QSemaphore>
#include <QThreadPool>
#include <atomic>
#include <functional>

namespace pb {

// Runs body(0) ... body(count - 1) on the global thread pool and the calling thread, and returns
// when all are done. QtConcurrent would do, but the model links QtCore only. Tasks the pool has
// no room for run on the calling thread, so calling this from a pool thread cannot deadlock.
inline void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < count; i = next++)
            body(i);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const int helpers = std::min(pool->maxThreadCount(), count) - 1;
    QSemaphore done;
    int started = 0;
    for (int h = 0; h < helpers; ++h) {
        if (!pool->tryStart([&] {
                work();
                done.release();
            }))
            break;
        ++started;
    }
    work();
    done.acquire(started);
}

} // namespace pb
