// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundReader.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QThread>

namespace netra {

// The thread's connection: opened on the first request and closed there too.
struct BackgroundReader::OwnConnection {
    QString path;
    FixedClock clock{QDateTime()};
    std::unique_ptr<Database> db;
};

BackgroundReader::BackgroundReader(QString threadName, QObject* parent)
    : QObject(parent)
    , m_threadName(std::move(threadName))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
}

BackgroundReader::~BackgroundReader()
{
    stop();
}

int BackgroundReader::nextGeneration()
{
    m_generation = m_generation >= 1'000'000'000 ? 1 : m_generation + 1;
    m_latest->store(m_generation); // whatever is queued or running is stale now
    return m_generation;
}

void BackgroundReader::stop()
{
    nextGeneration();
    m_loading = false;
    m_source = nullptr;
    m_db = nullptr;
    if (!m_thread)
        return;
    QObject* worker = m_worker;
    const std::shared_ptr<OwnConnection> own = m_own;
    QMetaObject::invokeMethod(worker, [worker, own] {
        own->db.reset();
        delete worker;
    }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_own.reset();
}

void BackgroundReader::setDatabase(Database* db)
{
    stop();
    if (!db)
        return;
    m_source = db;
    if (db->onNetworkShare()) {
        m_db = db;
        return;
    }
    m_own = std::make_shared<OwnConnection>();
    m_own->path = db->path();
    m_thread = new QThread;
    m_thread->setObjectName(m_threadName);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void BackgroundReader::submit(Job job)
{
    const int generation = nextGeneration();
    if (m_db) {
        m_loading = true;
        deliver(generation, job(m_db, Error()));
        return;
    }
    if (!m_thread)
        return;
    m_loading = true;
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    const std::shared_ptr<OwnConnection> own = m_own;
    const QDateTime now = m_source->clock().now();
    // `this` outlives the thread (stop() waits for it), so answering it from there is safe.
    QMetaObject::invokeMethod(m_worker, [this, latest, own, generation, job = std::move(job), now] {
        if (latest->load() != generation)
            return;
        own->clock.set(now);
        if (!own->db) {
            Database::Options options;
            options.clock = &own->clock;
            auto opened = Database::open(own->path, options);
            if (!opened) {
                const std::function<void()> delivery = job(nullptr, opened.error());
                QMetaObject::invokeMethod(this, [this, generation, delivery] { deliver(generation, delivery); },
                                          Qt::QueuedConnection);
                return;
            }
            own->db = std::move(*opened);
        }
        const std::function<void()> delivery = job(own->db.get(), Error());
        if (latest->load() != generation)
            return;
        QMetaObject::invokeMethod(this, [this, generation, delivery] { deliver(generation, delivery); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void BackgroundReader::deliver(int generation, const std::function<void()>& delivery)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    delivery();
}

} // namespace netra
