// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace netra {

class Database;

// The roster's trigram search index (staff_search), whose rowids carry each person's name
// bucket so that matches come out in name order (schema v10). The triggers keep it in step
// with single changes; placing the buckets again rewrites it whole, which is worth doing once
// the roster has outgrown them: after a bulk load, or an import that more than doubled it.
class StaffSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(StaffSearchIndex)
public:
    explicit StaffSearchIndex(Database& db) : m_db(db) {}

    // Places the buckets over the people in use now, one per name key, and writes the index
    // again in their order. One transaction (joins the caller's).
    Status rebuild();
    // rebuild() when more than twice as many people are in use as the buckets were placed
    // over (and more than a few hundred); says whether it did.
    Result<bool> refreshIfOutgrown();

    // SQL for the staff id and the name bucket held in an index rowid expression.
    static QString staffIdSql(const QString& rowid) { return QStringLiteral("(%1 & 4294967295)").arg(rowid); }
    static QString bucketSql(const QString& rowid) { return QStringLiteral("(%1 >> 32)").arg(rowid); }

private:
    Database& m_db;
};

} // namespace netra
