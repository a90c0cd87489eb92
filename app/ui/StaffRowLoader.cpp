// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRowLoader.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"

namespace netra {

StaffRowLoader::StaffRowLoader(QString path, std::shared_ptr<std::atomic<int>> latest)
    : m_path(std::move(path))
    , m_latest(std::move(latest))
{
}

StaffRowLoader::StaffRowLoader(Database* db, std::shared_ptr<std::atomic<int>> latest)
    : m_db(db)
    , m_latest(std::move(latest))
{
}

StaffRowLoader::~StaffRowLoader() = default;

Database* StaffRowLoader::database(int generation)
{
    if (m_db)
        return m_db;
    auto opened = Database::open(m_path);
    if (!opened) {
        emit failed(generation, opened.error().message);
        return nullptr;
    }
    m_own = std::move(*opened);
    m_db = m_own.get();
    return m_db;
}

void StaffRowLoader::runQuery(int generation, const StaffQuery& query)
{
    if (stale(generation))
        return;
    Database* db = database(generation);
    if (!db)
        return;
    const StaffSearchRepository search(*db);
    const auto first = search.ids(query, kPageSize);
    if (!first) {
        emit failed(generation, first.error().message);
        return;
    }
    const auto rows = StaffRepository(*db).findByIds(*first);
    if (!rows) {
        emit failed(generation, rows.error().message);
        return;
    }
    const bool complete = first->size() < kPageSize;
    emit firstRows(generation, *first, *rows, complete);
    if (complete || stale(generation))
        return;
    const auto all = search.ids(query, -1, [this, generation] { return stale(generation); });
    if (stale(generation))
        return;
    if (!all) {
        emit failed(generation, all.error().message);
        return;
    }
    emit allIds(generation, *all);
}

void StaffRowLoader::fetchRows(int generation, int page, const QList<qint64>& ids)
{
    if (stale(generation))
        return;
    Database* db = database(generation);
    if (!db)
        return;
    const auto rows = StaffRepository(*db).findByIds(ids);
    if (!rows) {
        emit failed(generation, rows.error().message);
        return;
    }
    emit rowsFetched(generation, page, *rows);
}

} // namespace netra
