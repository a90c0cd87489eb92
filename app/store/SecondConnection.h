// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace netra {

class Database;

// A second connection to a database file, on a thread of its own that keeps it open between
// jobs: the half of a split walk that runs here finds its page cache warm from the last time,
// instead of reading every page afresh on a connection opened for the call.
class SecondConnection {
public:
    explicit SecondConnection(QString path);
    ~SecondConnection(); // finishes the queued jobs, then closes the connection on its thread
    SecondConnection(const SecondConnection&) = delete;
    SecondConnection& operator=(const SecondConnection&) = delete;

    // Runs `job` on the connection's thread, opening the connection first if it is not open;
    // `job` gets nullptr when it cannot be opened (the file moved, or held elsewhere).
    std::future<void> post(std::function<void(Database*)> job);

private:
    void serve();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void(Database*)>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace netra
