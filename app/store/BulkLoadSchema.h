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
// Both calls belong inside the load's transaction.
class BulkLoadSchema {
public:
    explicit BulkLoadSchema(QSqlDatabase db) : m_db(std::move(db)) {}

    Status suspend(const QStringList& tables);
    Status rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};

} // namespace netra
