// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/StaffQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace netra {

class Database;

// The roster searched, filtered and ordered for the Pegawai table: ids in display order,
// so that a view over a million people fetches only the rows it shows (by id, through
// StaffRepository::findByIds).
class StaffSearchRepository {
    Q_DECLARE_TR_FUNCTIONS(StaffSearchRepository)
public:
    explicit StaffSearchRepository(Database& db) : m_db(db) {}

    // The ids of the people the query matches, in its order; at most `limit` when limit >= 0.
    // `cancelled` is asked now and then; when it says yes the result is an empty list.
    Result<QList<qint64>> ids(const StaffQuery& query, int limit = -1,
                              const std::function<bool()>& cancelled = {}) const;

private:
    Result<bool> manyNameMatches(const QString& key) const;
    // The first `limit` people whose name key holds `key` and who meet `where` (on staff s,
    // with `values`), in name order.
    Result<QList<qint64>> firstMatchesByName(const QString& key, const QStringList& where, const QVariantList& values,
                                             bool descending, int limit) const;

    Database& m_db;
};

} // namespace netra
