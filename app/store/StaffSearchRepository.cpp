// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSearchRepository.h"

#include "Database.h"

#include "core/StaffKind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace netra {

namespace {

// Above this many name matches, walking the name order and keeping the matching entries
// reaches the first window sooner than sorting every match (measured on a million staff).
constexpr int kWalkThreshold = 2000;

QString ftsPhrase(const QString& key)
{
    QString quoted = key;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likeFragment(const QString& key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<bool> StaffSearchRepository::manyNameMatches(const QString& key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM staff_search WHERE staff_search MATCH ? LIMIT %1)")
                  .arg(kWalkThreshold + 1));
    q.addBindValue(ftsPhrase(key));
    if (!q.exec() || !q.next())
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));
    return q.value(0).toInt() > kWalkThreshold;
}

Result<QList<qint64>> StaffSearchRepository::ids(const StaffQuery& query, int limit,
                                                 const std::function<bool()>& cancelled) const
{
    const StaffSearchTerm term = query.term();
    const StaffSort sort = query.effectiveSort();
    QStringList where{QStringLiteral("s.voided_at IS NULL")};
    QVariantList values;
    bool walkNames = sort == StaffSort::Name;

    switch (term.mode) {
    case StaffSearchTerm::Mode::None:
        break;
    case StaffSearchTerm::Mode::NamePrefix:
        where << QStringLiteral("s.name_key >= ? AND s.name_key < ?");
        values << term.key << term.upperBound();
        break;
    case StaffSearchTerm::Mode::NameFragment: {
        const auto many = manyNameMatches(term.key);
        if (!many)
            return many.error();
        if (*many && sort == StaffSort::Name) {
            // Dense matches: the name index holds name_key, so the fragment is checked on
            // the index entries themselves, in order, without touching the rows.
            where << QStringLiteral("s.name_key LIKE ? ESCAPE '\\'");
            values << likeFragment(term.key);
        } else {
            where << QStringLiteral("s.id IN (SELECT rowid FROM staff_search WHERE staff_search MATCH ?)");
            values << ftsPhrase(term.key);
            walkNames = false;
        }
        break;
    }
    case StaffSearchTerm::Mode::NipPrefix:
        if (sort == StaffSort::Nip) {
            where << QStringLiteral("s.nip >= ? AND s.nip < ?");
        } else {
            where << QStringLiteral("s.id IN (SELECT id FROM staff WHERE nip >= ? AND nip < ?)");
        }
        values << term.key << term.upperBound();
        break;
    }
    if (query.kind) {
        where << QStringLiteral("s.kind = ?");
        values << staffKindCode(*query.kind);
        walkNames = false; // staff_roster_kind holds each kind in name order
    }
    if (query.active != StaffActiveFilter::All) {
        where << QStringLiteral("s.active = ?");
        values << (query.active == StaffActiveFilter::Active ? 1 : 0);
    }
    if (query.unitId > 0) {
        where << QStringLiteral("s.id IN (SELECT a.staff_id FROM assignment a"
                                " WHERE a.end_date IS NULL AND a.voided_at IS NULL"
                                "   AND a.unit_id IN (SELECT id FROM work_unit WHERE id = ? OR parent_id = ?))");
        values << query.unitId << query.unitId;
        walkNames = false;
    }

    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (sort) {
    case StaffSort::Auto:
    case StaffSort::Name:
        order = QStringLiteral("s.name_key%1, s.id%1").arg(direction);
        break;
    case StaffSort::Nip:
        order = QStringLiteral("s.nip%1, s.id%1").arg(direction);
        break;
    case StaffSort::Kind:
        order = QStringLiteral("s.kind%1, s.name_key%1, s.id%1").arg(direction);
        break;
    }
    QString sql = QStringLiteral("SELECT s.id FROM staff s%1 WHERE %2 ORDER BY %3")
                      .arg(walkNames ? QStringLiteral(" INDEXED BY staff_roster_name") : QString(),
                           where.join(QStringLiteral(" AND ")), order);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));
    QList<qint64> found;
    if (limit > 0)
        found.reserve(limit);
    while (q.next()) {
        found.push_back(q.value(0).toLongLong());
        if ((found.size() & 0x3fff) == 0 && cancelled && cancelled())
            return QList<qint64>();
    }
    return found;
}

} // namespace netra
