// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DemoKabupaten.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace netra {

// Makes demo people on a second thread while the caller writes the previous ones: on a
// two-core machine generating names and NIPs then costs no wall time. One generator on one
// thread keeps a seed's data the same as without the thread.
class DemoPersonStream {
public:
    DemoPersonStream(DemoKabupaten& kabupaten, int count);
    ~DemoPersonStream(); // stops the producer if the caller gave up early
    DemoPersonStream(const DemoPersonStream&) = delete;
    DemoPersonStream& operator=(const DemoPersonStream&) = delete;

    // The next chunk in order; empty when all people have been handed out.
    std::vector<DemoKabupaten::Person> next();

private:
    static constexpr std::size_t ChunkSize = 2048;
    static constexpr std::size_t MaxChunksWaiting = 8;

    void produce(DemoKabupaten& kabupaten, int count);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<DemoKabupaten::Person>> m_chunks;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_producer;
};

} // namespace netra
