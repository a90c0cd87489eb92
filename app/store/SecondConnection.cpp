// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecondConnection.h"

#include "Database.h"

namespace netra {

SecondConnection::SecondConnection(QString path)
    : m_path(std::move(path))
    , m_thread([this] { serve(); })
{
}

SecondConnection::~SecondConnection()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

std::future<void> SecondConnection::post(std::function<void(Database*)> job)
{
    std::packaged_task<void(Database*)> task(std::move(job));
    auto done = task.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(task));
    }
    m_wake.notify_one();
    return done;
}

void SecondConnection::serve()
{
    // Opened and closed on this thread: a Qt SQL connection belongs to the thread that made it.
    std::unique_ptr<Database> db;
    for (;;) {
        std::packaged_task<void(Database*)> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break; // stopping, nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!db) {
            auto opened = Database::open(m_path);
            if (opened)
                db = std::move(*opened);
        }
        job(db.get());
    }
}

} // namespace netra
