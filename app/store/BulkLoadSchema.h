// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace netra {

// Takes the indexes, triggers and external-content search tables of some tables out of the
// way of a bulk load and builds them again afterwards, by sorting, instead of growing them by
// a million random inserts (a full-text index would even write a segment per statement).
// The definitions come from the schema itself, so a new migration's index is handled too.
// Both calls belong inside the load's transaction.
class BulkLoadSchema {
public:
    explicit BulkLoadSchema(QSqlDatabase db) : m_db(std::move(db)) {}

    Status suspend(const QStringList& tables);
    Status rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
    QStringList m_searchTables;
};

} // namespace netra
