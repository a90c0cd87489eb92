// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSearchIndex.h"

#include "BatchInsert.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace netra {

namespace {

// Below this many people a search sorts every match at once anyway.
constexpr qint64 kSmallRoster = 500;

} // namespace

Status StaffSearchIndex::rebuild()
{
    return m_db.transaction([this]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString statements[] = {
            QStringLiteral("DELETE FROM staff_name_bucket"),
            // One bucket per name key in use.
            QStringLiteral("INSERT INTO staff_name_bucket (lower_key, bucket)"
                           " SELECT name_key, row_number() OVER (ORDER BY name_key)"
                           "   FROM (SELECT DISTINCT name_key FROM staff INDEXED BY staff_roster_name"
                           "          WHERE voided_at IS NULL ORDER BY name_key)"),
            QStringLiteral("INSERT OR REPLACE INTO staff_name_bucket_basis (id, staff_in_use)"
                           " SELECT 1, count(*) FROM staff WHERE voided_at IS NULL"),
            QStringLiteral("INSERT INTO staff_search (staff_search) VALUES ('delete-all')"),
            // The name index's order (name key, then id) is the rowid order when each name
            // key has a bucket of its own: the index is appended to, with nothing to sort (an
            // index written out of order writes a segment per entry).
            QStringLiteral("INSERT INTO staff_search (rowid, name_key)"
                           " SELECT (b.bucket << 32) | s.id, s.name_key"
                           "   FROM staff s INDEXED BY staff_roster_name"
                           "  CROSS JOIN staff_name_bucket b ON b.lower_key = s.name_key"
                           "  WHERE s.voided_at IS NULL ORDER BY s.name_key, s.id"),
            // The voided stay in the index, as the triggers keep them.
            QStringLiteral("INSERT INTO staff_search (rowid, name_key)"
                           " SELECT search_rowid, name_key FROM staff_search_source"
                           "  WHERE voided_at IS NOT NULL ORDER BY search_rowid"),
        };
        for (const QString& sql : statements)
            if (!q.exec(sql))
                return Error::database(tr("Cannot rebuild the staff search index: %1").arg(q.lastError().databaseText()));
        return {};
    });
}

Result<bool> StaffSearchIndex::refreshIfOutgrown()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM staff WHERE voided_at IS NULL),"
                               "       coalesce((SELECT staff_in_use FROM staff_name_bucket_basis), 0)"))
        || !q.next())
        return Error::database(tr("Cannot rebuild the staff search index: %1").arg(q.lastError().databaseText()));
    const qint64 inUse = q.value(0).toLongLong();
    const qint64 basis = q.value(1).toLongLong();
    q.finish();
    if (inUse <= kSmallRoster || inUse <= 2 * basis)
        return false;
    if (Status done = rebuild(); !done)
        return done.error();
    return true;
}

} // namespace netra
