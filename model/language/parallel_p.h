#pragma once

#include <QtConcurrent/QtConcurrentMap>

#include <functional>
#include <numeric>
#include <vector>

namespace pb {

// Runs body(0) ... body(count - 1) on Qt's thread pool through QtConcurrent and returns when all
// are done. The calling thread takes part, so calling this from a pool thread (the analysis runs
// on one) cannot starve it.
inline void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    std::vector<int> indices(static_cast<size_t>(count));
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&body](int &i) { body(i); });
}

} // namespace pb
