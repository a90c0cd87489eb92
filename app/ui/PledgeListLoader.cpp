// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeListLoader.h"

#include "store/Database.h"

#include <QThread>

#include <algorithm>

namespace netra {

// The thread's connection: opened on the first request and closed there too.
struct PledgeListLoader::OwnConnection {
    QString path;
    std::unique_ptr<Database> db;
};

PledgeListLoader::PledgeListLoader(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
}

PledgeListLoader::~PledgeListLoader()
{
    stop();
}

void PledgeListLoader::stop()
{
    m_generation = m_generation >= 1'000'000'000 ? 1 : m_generation + 1;
    m_latest->store(m_generation); // whatever is queued or running is stale now
    m_loading = false;
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

void PledgeListLoader::setDatabase(Database* db)
{
    stop();
    if (!db)
        return;
    if (db->onNetworkShare()) {
        m_db = db;
        return;
    }
    m_own = std::make_shared<OwnConnection>();
    m_own->path = db->path();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("pledge-lists"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void PledgeListLoader::load(const PledgeListQuery& query)
{
    m_generation = m_generation >= 1'000'000'000 ? 1 : m_generation + 1;
    const int generation = m_generation;
    m_latest->store(generation);
    if (m_db) {
        m_loading = true;
        deliver(generation, read(*m_db, query));
        return;
    }
    if (!m_thread)
        return;
    m_loading = true;
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    const std::shared_ptr<OwnConnection> own = m_own;
    // `this` outlives the thread (stop() waits for it), so answering it from there is safe.
    QMetaObject::invokeMethod(m_worker, [this, latest, own, generation, query] {
        if (latest->load() != generation)
            return;
        if (!own->db) {
            auto opened = Database::open(own->path);
            if (!opened) {
                const Error error = opened.error();
                QMetaObject::invokeMethod(this, [this, generation, error] { deliver(generation, error); },
                                          Qt::QueuedConnection);
                return;
            }
            own->db = std::move(*opened);
        }
        const Result<PledgeList> result = read(*own->db, query);
        if (latest->load() != generation)
            return;
        QMetaObject::invokeMethod(this, [this, generation, result] { deliver(generation, result); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void PledgeListLoader::deliver(int generation, const Result<PledgeList>& result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (result)
        emit loaded(*result);
    else
        emit failed(result.error().message);
}

Result<PledgeList> PledgeListLoader::read(Database& db, const PledgeListQuery& query)
{
    const PledgeRepository pledges(db);
    auto listed = pledges.obligations(query.period, query.kind, query.asOf, query.filter);
    if (!listed)
        return listed.error();
    PledgeList list{query, std::move(*listed), {}};
    const bool whole = list.obligations.entries.size() == list.obligations.total;
    if (query.filter.signing == Signing::Any && whole) {
        // Everyone owed is in hand: count them here rather than walk the unit twice.
        list.counts.owed = list.obligations.total;
        list.counts.signedCount = int(std::count_if(list.obligations.entries.cbegin(), list.obligations.entries.cend(),
                                                    [](const PledgeEntry& e) { return e.pledge.has_value(); }));
        return list;
    }
    const auto counts = pledges.obligationCounts(query.period, query.kind, query.asOf, query.filter.unitId);
    if (!counts)
        return counts.error();
    list.counts = *counts;
    return list;
}

} // namespace netra
