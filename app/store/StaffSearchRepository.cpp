// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSearchRepository.h"

#include "Database.h"
#include "StaffSearchIndex.h"

#include "core/StaffKind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace netra {

namespace {

// Every match of a fragment in name order: above this many, walking the name index and
// keeping the matching entries is sooner done than sorting them all (measured on a million).
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
    // A window of a fragment's matches in name order: the search index hands them out so.
    const bool firstByName =
        term.mode == StaffSearchTerm::Mode::NameFragment && sort == StaffSort::Name && limit >= 0;

    switch (term.mode) {
    case StaffSearchTerm::Mode::None:
        break;
    case StaffSearchTerm::Mode::NamePrefix:
        where << QStringLiteral("s.name_key >= ? AND s.name_key < ?");
        values << term.key << term.upperBound();
        break;
    case StaffSearchTerm::Mode::NameFragment: {
        if (firstByName)
            break;
        const auto many = manyNameMatches(term.key);
        if (!many)
            return many.error();
        if (*many && sort == StaffSort::Name) {
            // Dense matches: the name index holds name_key, so the fragment is checked on
            // the index entries themselves, in order, without touching the rows.
            where << QStringLiteral("s.name_key LIKE ? ESCAPE '\\'");
            values << likeFragment(term.key);
        } else {
            where << QStringLiteral("s.id IN (SELECT %1 FROM staff_search WHERE staff_search MATCH ?)")
                         .arg(StaffSearchIndex::staffIdSql(QStringLiteral("rowid")));
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
    if (firstByName)
        return firstMatchesByName(term.key, where, values, query.descending, limit);

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

Result<QList<qint64>> StaffSearchRepository::firstMatchesByName(const QString& key, const QStringList& where,
                                                                const QVariantList& values, bool descending,
                                                                int limit) const
{
    if (limit == 0)
        return QList<qint64>();
    // The index returns matches bucket by bucket in name order (by id within a bucket):
    // every match of the buckets up to the one holding the limit-th is read, then put in
    // exact order. CROSS JOIN keeps the index driving the loop.
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT s.id, s.name_key, %1 FROM staff_search f CROSS JOIN staff s ON s.id = %2"
                                       " WHERE f.staff_search MATCH ? AND %3 ORDER BY f.rowid%4")
                            .arg(StaffSearchIndex::bucketSql(QStringLiteral("f.rowid")),
                                 StaffSearchIndex::staffIdSql(QStringLiteral("f.rowid")),
                                 where.join(QStringLiteral(" AND ")), direction);
    if (!q.prepare(sql))
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));
    q.addBindValue(ftsPhrase(key));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));

    struct Match {
        QByteArray nameKey; // compared as SQLite compares text: by its UTF-8 bytes
        qint64 id;
    };
    QList<Match> matches;
    qint64 lastBucket = -1;
    while (q.next()) {
        const qint64 bucket = q.value(2).toLongLong();
        if (matches.size() >= limit && bucket != lastBucket)
            break;
        lastBucket = bucket;
        matches.push_back({q.value(1).toString().toUtf8(), q.value(0).toLongLong()});
    }
    if (q.lastError().isValid())
        return Error::database(tr("Cannot search the staff: %1").arg(q.lastError().databaseText()));
    q.finish();
    const auto before = [descending](const Match& a, const Match& b) {
        const int order = a.nameKey.compare(b.nameKey);
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return descending ? a.id > b.id : a.id < b.id;
    };
    std::sort(matches.begin(), matches.end(), before);
    QList<qint64> ids;
    ids.reserve(std::min<qsizetype>(limit, matches.size()));
    for (qsizetype i = 0; i < matches.size() && i < limit; ++i)
        ids.push_back(matches[i].id);
    return ids;
}

} // namespace netra
