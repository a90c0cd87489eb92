// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace netra {

// Takes the indexes and triggers of some tables out of the way of a bulk load and builds them
// again afterwards, by sorting, instead of growing them by a million random inserts. The
// definitions come from the schema itself, so a new migration's index is handled too. A
// search index the triggers fed is left behind; its owner writes it again (StaffSearchIndex).
// Both calls belong inside the load's transaction, which also brings everything back when it
// rolls back.
class BulkLoadSchema {
public:
    explicit BulkLoadSchema(QSqlDatabase db) : m_db(std::move(db)) {}

    // Drops the tables' indexes and triggers, except those named in `keep` (an import still
    // looks rows up through them).
    Status suspend(const QStringList& tables, const QStringList& keep = {});
    Status rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};

} // namespace netra
