// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImportJob.h"

#include "store/Database.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace netra {

StaffImportJob::StaffImportJob(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_shared)
            emit progressed(m_shared->permille.load() / 1000.0, m_shared->rows.load());
    });
}

StaffImportJob::~StaffImportJob()
{
    if (m_shared)
        m_shared->cancel = true;
    m_future.waitForFinished();
}

void StaffImportJob::start(const QString& path, StaffImporter::Options options)
{
    if (m_running) {
        cancel();
        m_future.waitForFinished();
    }
    const int generation = ++m_generation;
    m_shared = std::make_shared<Shared>();
    m_path = path;
    m_options = std::move(options);
    m_outcome.reset();
    m_running = true;
    m_launched = false;
    QTimer::singleShot(0, this, [this, generation] { launch(generation); });
}

void StaffImportJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void StaffImportJob::wait()
{
    if (!m_running)
        return;
    if (!m_launched)
        launch(m_generation);
    if (!m_running)
        return; // ran here
    m_future.waitForFinished();
    if (m_future.resultCount() > 0)
        deliver(m_generation, m_future.result());
}

void StaffImportJob::launch(int generation)
{
    if (!m_running || m_launched || generation != m_generation)
        return;
    m_launched = true;
    const std::shared_ptr<Shared> shared = m_shared;
    StaffImporter::Options options = m_options;
    options.cancel = &shared->cancel;
    options.progress = [shared](double share, int rows) {
        shared->permille = int(share * 1000);
        shared->rows = rows;
    };
    if (m_db.onNetworkShare()) {
        deliver(generation, StaffImporter(m_db).import(m_path, options));
        return;
    }
    const QString dbPath = m_db.path();
    const QString path = m_path;
    const Clock* clock = &m_db.clock();
    m_future = QtConcurrent::run([dbPath, clock, path, options, shared]() -> Outcome {
        Database::Options dbOptions;
        dbOptions.clock = clock;
        auto db = Database::open(dbPath, dbOptions);
        if (!db)
            return Result<ImportSummary>(db.error());
        return StaffImporter(**db).import(path, options);
    });
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            deliver(generation, watcher->result());
    });
    watcher->setFuture(m_future);
    m_tick->start();
}

void StaffImportJob::deliver(int generation, Outcome outcome)
{
    if (!m_running || generation != m_generation)
        return;
    m_tick->stop();
    m_running = false;
    m_outcome = std::move(outcome);
    if (m_outcome && m_outcome->ok() && m_shared)
        emit progressed(1.0, m_shared->rows.load());
    emit finished();
}

} // namespace netra
