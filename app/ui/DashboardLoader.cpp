// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardLoader.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QThread>

namespace netra {

// The thread's connection: opened on the first request and closed there too. Its clock is
// set to the page database's time before each request, so "overdue" means the same day on
// both connections (and a test's pinned date reaches the thread).
struct DashboardLoader::OwnConnection {
    QString path;
    FixedClock clock{QDateTime()};
    std::unique_ptr<Database> db;
};

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
}

DashboardLoader::~DashboardLoader()
{
    stop();
}

void DashboardLoader::stop()
{
    m_generation = m_generation >= 1'000'000'000 ? 1 : m_generation + 1;
    m_latest->store(m_generation); // whatever is queued or running is stale now
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

void DashboardLoader::setDatabase(Database* db)
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
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void DashboardLoader::load(const DashboardQuery& query)
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
    const QDateTime now = m_source->clock().now();
    // `this` outlives the thread (stop() waits for it), so answering it from there is safe.
    QMetaObject::invokeMethod(m_worker, [this, latest, own, generation, query, now] {
        if (latest->load() != generation)
            return;
        own->clock.set(now);
        if (!own->db) {
            Database::Options options;
            options.clock = &own->clock;
            auto opened = Database::open(own->path, options);
            if (!opened) {
                const Error error = opened.error();
                QMetaObject::invokeMethod(this, [this, generation, error] { deliver(generation, error); },
                                          Qt::QueuedConnection);
                return;
            }
            own->db = std::move(*opened);
        }
        const Result<DashboardFigures> result = read(*own->db, query);
        if (latest->load() != generation)
            return;
        QMetaObject::invokeMethod(this, [this, generation, result] { deliver(generation, result); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DashboardLoader::deliver(int generation, const Result<DashboardFigures>& result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (result)
        emit loaded(*result);
    else
        emit failed(result.error().message);
}

Result<DashboardFigures> DashboardLoader::read(Database& db, const DashboardQuery& query)
{
    const ComplianceRepository compliance(db);
    DashboardFigures figures{query, {}, {}, {}, 0};
    const auto thresholds = compliance.thresholds(query.period.id);
    if (!thresholds)
        return thresholds.error();
    figures.thresholds = *thresholds;
    auto units = compliance.figures(query.period, query.asOf, thresholds->minSessions);
    if (!units)
        return units.error();
    figures.units = std::move(*units);
    auto weeks = compliance.weeklyProgress(query.period, query.asOf);
    if (!weeks)
        return weeks.error();
    figures.weeks = std::move(*weeks);
    CaseFilter overdue;
    overdue.periodId = query.period.id;
    overdue.overdueOnly = true;
    const auto cases = CaseRepository(db).list(overdue);
    if (!cases)
        return cases.error();
    figures.overdueCases = int(cases->size());
    return figures;
}

} // namespace netra
