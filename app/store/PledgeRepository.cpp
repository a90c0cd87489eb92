// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeRepository.h"

#include "BatchInsert.h"
#include "Database.h"
#include "IkrarTally.h"
#include "SqlValues.h"
#include "StaffIdHalves.h"
#include "StaffOnDate.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace netra {

using namespace Qt::StringLiterals;

namespace {

const char* const pledgeColumns =
    "p.id, p.uuid, p.kind, p.staff_id, p.period_id, p.signed_on, p.place, coalesce(p.session_id, 0),"
    " coalesce(d.sha256, ''), p.recorded_by";

Pledge pledgeFromQuery(const QSqlQuery& q, int first)
{
    Pledge p;
    p.id = q.value(first).toLongLong();
    p.uuid = q.value(first + 1).toString();
    p.kind = PledgeKindText::fromCode(q.value(first + 2).toString()).value_or(PledgeKind::Ikrar);
    p.staffId = q.value(first + 3).toLongLong();
    p.periodId = q.value(first + 4).toLongLong();
    p.signedOn = dateFromSql(q.value(first + 5));
    p.place = q.value(first + 6).toString();
    p.sessionId = q.value(first + 7).toLongLong();
    p.evidenceSha256 = q.value(first + 8).toString();
    p.recordedBy = q.value(first + 9).toString();
    return p;
}

// Columns: staff id, nip, name, position, unit id, code, name, then pledgeColumns or NULLs.
PledgeEntry entryFrom(const QSqlQuery& q)
{
    PledgeEntry e;
    e.readFrom(q);
    if (!q.value(7).isNull())
        e.pledge = pledgeFromQuery(q, 7);
    return e;
}

QList<PledgeEntry> entriesFrom(QSqlQuery& q)
{
    QList<PledgeEntry> list;
    while (q.next())
        list.push_back(entryFrom(q));
    return list;
}

} // namespace

Result<PledgeCounts> PledgeRepository::record(const ElectionPeriod& period, const PledgeDraft& draft,
                                              const QList<qint64>& staffIds)
{
    if (!draft.signedOn.isValid())
        return Error::invalid(tr("A pledge needs the date it was signed."));
    if (!period.contains(draft.signedOn))
        return Error::invalid(tr("%1 lies outside the period %2 (%3 to %4).")
                                  .arg(draft.signedOn.toString(Qt::ISODate), period.name,
                                       period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)));
    if (draft.signedOn > m_db.clock().today())
        return Error::invalid(tr("%1 is in the future; a pledge is recorded once it is signed.")
                                  .arg(draft.signedOn.toString(Qt::ISODate)));
    PledgeCounts counts;
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery active(m_db.connection());
        active.prepare(QStringLiteral("SELECT 1 FROM (") + activeAsnOnSql(draft.signedOn)
                       + QStringLiteral(") WHERE staff_id = ?"));
        QList<qint64> people;
        QSet<qint64> seen;
        for (const qint64 staffId : staffIds) {
            if (seen.contains(staffId))
                continue;
            seen.insert(staffId);
            active.addBindValue(staffId);
            if (!active.exec())
                return Error::database(active.lastError().databaseText());
            if (!active.next())
                return Error::invalid(tr("%1 was not an active ASN on %2; nothing was recorded.")
                                          .arg(describeStaff(staffId), draft.signedOn.toString(Qt::ISODate)));
            active.finish();
            people.push_back(staffId);
        }
        const QString kind = PledgeKindText::code(draft.kind);
        // Who already has one keeps it. The ids are numbers, written into the statement.
        QSet<qint64> already;
        QSqlQuery existing(m_db.connection());
        for (qsizetype from = 0; from < people.size(); from += 1000) {
            QStringList ids;
            for (const qint64 id : people.mid(from, 1000))
                ids << QString::number(id);
            if (!existing.exec(QStringLiteral("SELECT staff_id FROM pledge WHERE period_id = %1 AND kind = '%2'"
                                              " AND voided_at IS NULL AND staff_id IN (%3)")
                                   .arg(period.id)
                                   .arg(kind, ids.join(QLatin1Char(',')))))
                return Error::database(existing.lastError().databaseText());
            while (existing.next())
                already.insert(existing.value(0).toLongLong());
        }
        // Many rows per statement: each statement that fires the ikrar triggers also pays
        // for its own journal of what it changed, which single-row statements paid per person.
        BatchInsert insert(m_db.connection(), QStringLiteral("pledge"),
                           {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("staff_id"), QStringLiteral("period_id"),
                            QStringLiteral("signed_on"), QStringLiteral("place"), QStringLiteral("session_id"),
                            QStringLiteral("document_id"), QStringLiteral("recorded_by"), QStringLiteral("updated_at")});
        const QVariant kindValue(kind);
        const QVariant periodValue(period.id);
        const QVariant signedOn = sqlDate(draft.signedOn);
        const QVariant place = sqlTextNotNull(draft.place.simplified());
        const QVariant session = sqlId(draft.sessionId);
        const QVariant document = sqlId(draft.documentId);
        const QVariant recordedBy = sqlTextNotNull(draft.recordedBy);
        const QVariant now(m_db.nowStamp());
        for (const qint64 staffId : std::as_const(people)) {
            if (already.contains(staffId)) {
                ++counts.alreadyRecorded;
                continue;
            }
            if (Status added = insert.add({Database::newUuid(), kindValue, staffId, periodValue, signedOn, place, session, document,
                                           recordedBy, now});
                !added)
                return Error::database(tr("Cannot record the pledge: %1").arg(added.error().message));
            ++counts.recorded;
        }
        if (Status flushed = insert.flush(); !flushed)
            return Error::database(tr("Cannot record the pledge: %1").arg(flushed.error().message));
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

Result<int> PledgeRepository::attach(const ElectionPeriod& period, PledgeKind kind, const QList<qint64>& staffIds,
                                     qint64 documentId)
{
    int changed = 0;
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE pledge SET document_id = ?, updated_at = ? WHERE period_id = ? AND kind = ?"
                                 " AND staff_id = ? AND voided_at IS NULL"));
        const QString now = m_db.nowStamp();
        for (const qint64 staffId : QSet<qint64>(staffIds.cbegin(), staffIds.cend())) {
            q.addBindValue(documentId);
            q.addBindValue(now);
            q.addBindValue(period.id);
            q.addBindValue(PledgeKindText::code(kind));
            q.addBindValue(staffId);
            if (!q.exec())
                return Error::database(q.lastError().databaseText());
            if (q.numRowsAffected() != 1)
                return Error::notFound(tr("%1 has no %2 recorded for %3; nothing was attached.")
                                           .arg(describeStaff(staffId), PledgeKindText::label(kind), period.name));
            ++changed;
        }
        return {};
    });
    if (!written)
        return written.error();
    return changed;
}

Result<QList<PledgeEntry>> PledgeRepository::pledges(const ElectionPeriod& period, const PledgeFilter& filter) const
{
    QString sql = QStringLiteral(
                      "SELECT s.id, coalesce(s.nip, s.internal_id), s.name, coalesce(s.position, ''), coalesce(a.unit_id, 0),"
                      "       coalesce(u.code, ''), coalesce(u.name, ''), %1"
                      "  FROM pledge p JOIN staff s ON s.id = p.staff_id"
                      "  LEFT JOIN document d ON d.id = p.document_id"
                      "  LEFT JOIN assignment a ON a.staff_id = p.staff_id AND a.voided_at IS NULL"
                      "       AND a.start_date <= p.signed_on AND (a.end_date IS NULL OR a.end_date >= p.signed_on)"
                      "  LEFT JOIN work_unit u ON u.id = a.unit_id"
                      " WHERE p.voided_at IS NULL AND p.period_id = %2")
                      .arg(QLatin1String(pledgeColumns))
                      .arg(period.id);
    if (filter.kind)
        sql += QStringLiteral(" AND p.kind = '%1'").arg(PledgeKindText::code(*filter.kind));
    if (filter.unitId > 0)
        sql += QStringLiteral(" AND a.unit_id = %1").arg(filter.unitId);
    sql += QStringLiteral(" ORDER BY coalesce(u.code, '~'), s.name_key, p.kind");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::database(tr("Cannot read the pledges: %1").arg(q.lastError().databaseText()));
    return entriesFrom(q);
}

Result<bool> PledgeRepository::activeOn(qint64 staffId, QDate day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM (") + activeAsnOnSql(day) + QStringLiteral(") WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    return q.next();
}

QString PledgeRepository::describeStaff(qint64 staffId) const
{
    QSqlQuery who(m_db.connection());
    who.prepare(QStringLiteral("SELECT name, coalesce(nip, internal_id) FROM staff WHERE id = ?"));
    who.addBindValue(staffId);
    if (who.exec() && who.next())
        return QStringLiteral("%1 (%2)").arg(who.value(0).toString(), who.value(1).toString());
    return QString::number(staffId);
}

QString PledgeRepository::owedSql(PledgeKind kind, QDate asOf, qint64 unitId)
{
    return kind == PledgeKind::Ikrar ? activeAsnOnSql(asOf, unitId) : paktaSignatoriesOnSql(asOf, unitId);
}

QString PledgeRepository::unsignedFirstSql(const ElectionPeriod& period, QDate asOf, qint64 unitId, int limit)
{
    // Each part in name order up to the limit; the two are merged by the list's own ORDER BY.
    const QString day = asOf.toString(Qt::ISODate);
    return QStringLiteral("SELECT * FROM (SELECT staff_id, unit_id, name_key FROM ikrar_outstanding"
                          "  WHERE period_id = %1 AND unit_id = %2 AND from_day <= '%3' AND (until_day IS NULL OR until_day > '%3')"
                          "  ORDER BY name_key, staff_id LIMIT %4)"
                          " UNION ALL "
                          "SELECT * FROM (SELECT a.staff_id, a.unit_id, a.name_key"
                          "  FROM pledge p INDEXED BY pledge_signed_on CROSS JOIN asn_stretch a ON a.staff_id = p.staff_id"
                          "  WHERE p.period_id = %1 AND p.kind = 'ikrar' AND p.voided_at IS NULL AND p.signed_on > '%3'"
                          "    AND a.unit_id = %2 AND a.from_day <= '%3' AND (a.until_day IS NULL OR a.until_day > '%3')"
                          "  ORDER BY a.name_key, a.staff_id LIMIT %4)")
        .arg(period.id)
        .arg(unitId)
        .arg(day)
        .arg(limit);
}

QString PledgeRepository::signedBySql(const ElectionPeriod& period, PledgeKind kind, QDate asOf, const QString& alias)
{
    // Signed means on or before the date: a pledge signed later did not count then.
    return QStringLiteral("%1.staff_id = o.staff_id AND %1.period_id = %2 AND %1.kind = '%3' AND %1.voided_at IS NULL"
                          " AND %1.signed_on <= '%4'")
        .arg(alias)
        .arg(period.id)
        .arg(PledgeKindText::code(kind), asOf.toString(Qt::ISODate));
}

namespace {

// One part of an obligations list, with the name keys its entries are ordered by.
struct ObligationPart {
    QList<PledgeEntry> entries;
    QList<QByteArray> nameKeys; // UTF-8: compared as SQLite compares text
    int total = 0;
};

// Whether entry i of `a` comes before entry j of `b` in the list's order (unit code, name key,
// staff id).
bool precedes(const ObligationPart& a, qsizetype i, const ObligationPart& b, qsizetype j)
{
    const int byUnit = a.entries[i].unitCode.toUtf8().compare(b.entries[j].unitCode.toUtf8());
    if (byUnit != 0)
        return byUnit < 0;
    const int byName = a.nameKeys[i].compare(b.nameKeys[j]);
    if (byName != 0)
        return byName < 0;
    return a.entries[i].staffId < b.entries[j].staffId;
}

// Merges two parts, each in the list's order, keeping at most `limit` entries (all when < 0).
void mergeParts(ObligationPart& into, ObligationPart&& other, int limit)
{
    ObligationPart merged;
    merged.total = into.total + other.total;
    qsizetype i = 0;
    qsizetype j = 0;
    while ((limit < 0 || merged.entries.size() < limit) && (i < into.entries.size() || j < other.entries.size())) {
        const bool fromInto = j >= other.entries.size() || (i < into.entries.size() && precedes(into, i, other, j));
        ObligationPart& from = fromInto ? into : other;
        qsizetype& at = fromInto ? i : j;
        merged.entries.push_back(std::move(from.entries[at]));
        merged.nameKeys.push_back(std::move(from.nameKeys[at]));
        ++at;
    }
    into = std::move(merged);
}

} // namespace

Result<Obligations> PledgeRepository::obligations(const ElectionPeriod& period, PledgeKind kind, QDate asOf,
                                                  const ObligationFilter& filter) const
{
    // The ikrar is owed by nearly everyone: its counts come from the tally, so the list needs
    // no walk of all the unit's people to count them, and none at all when nobody is kept.
    std::optional<int> kept;
    std::optional<IkrarTally::Counts> tallied;
    if (kind == PledgeKind::Ikrar) {
        const auto counts = IkrarTally(m_db).counts(period.id, asOf, filter.unitId);
        if (!counts)
            return counts.error();
        tallied = *counts;
        kept = filter.signing == Signing::Any      ? counts->owed
               : filter.signing == Signing::Signed ? counts->signedCount
                                                   : counts->owed - counts->signedCount;
        if (*kept == 0 || filter.limit == 0)
            return Obligations{{}, *kept};
    } else if (filter.limit == 0) {
        const auto counts = obligationCounts(period, kind, asOf, filter.unitId);
        if (!counts)
            return counts.error();
        return Obligations{{}, filter.signing == Signing::Any      ? counts->owed
                               : filter.signing == Signing::Signed ? counts->signedCount
                                                                   : counts->owed - counts->signedCount};
    }

    // Who is kept is decided from indexes alone, before any person's row is read: a large
    // unit's unsigned page then reads the rows of the unsigned only. CROSS JOIN keeps that
    // order. A unit's people have scattered ids: their pledges are looked up in the index that
    // holds one period's pledges of a kind together (a smaller part of the file to visit than
    // the index keyed by staff). Without the tally, the count comes from the same walk (a
    // window count).
    const auto listSql = [&](const QString& owed, const QString& order) {
        QString keptSql = QStringLiteral("SELECT * FROM (%1) o").arg(owed);
        if (filter.signing == Signing::Signed)
            keptSql += QStringLiteral(" WHERE EXISTS (SELECT 1 FROM pledge x INDEXED BY pledge_signed WHERE %1)").arg(signedBySql(period, kind, asOf, u"x"_s));
        else if (filter.signing == Signing::Unsigned)
            keptSql += QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM pledge x INDEXED BY pledge_signed WHERE %1)").arg(signedBySql(period, kind, asOf, u"x"_s));
        QString sql = QStringLiteral(
                          "SELECT s.id, coalesce(s.nip, s.internal_id), s.name, coalesce(s.position, ''), u.id, u.code, u.name,"
                          "       %1, %2, s.name_key"
                          "  FROM (%3) o CROSS JOIN staff s ON s.id = o.staff_id CROSS JOIN work_unit u ON u.id = o.unit_id"
                          "  LEFT JOIN pledge p INDEXED BY pledge_signed ON %4"
                          "  LEFT JOIN document d ON d.id = p.document_id"
                          " ORDER BY %5")
                          .arg(QLatin1String(pledgeColumns), kept ? u"0"_s : u"count(*) OVER ()"_s, keptSql,
                               signedBySql(period, kind, asOf, u"p"_s), order);
        if (filter.limit >= 0)
            sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
        return sql;
    };
    const auto read = [&](const QSqlDatabase& connection, const QString& sql) -> Result<ObligationPart> {
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return Error::database(tr("Cannot read who must sign: %1").arg(q.lastError().databaseText()));
        ObligationPart found;
        while (q.next()) {
            found.entries.push_back(entryFrom(q));
            found.total = q.value(17).toInt();
            found.nameKeys.push_back(q.value(18).toString().toUtf8());
        }
        return found;
    };
    const auto finished = [&](ObligationPart&& found) {
        return Obligations{std::move(found.entries), kept ? *kept : found.total};
    };

    // The first page of a unit's unsigned: who has not signed at all comes in name order from
    // ikrar_outstanding, who signed only after the date from the pledges dated after it;
    // neither steps over the people who had signed. Worth it while the pledges dated after
    // the date are fewer than half the unit's people (early in a period most of them are).
    if (tallied && filter.signing == Signing::Unsigned && filter.unitId > 0 && filter.limit > 0 && period.contains(asOf)) {
        QSqlQuery later(m_db.connection());
        // A period without an ikrar yet keeps no rows there: everyone who owes it is unsigned.
        if (!later.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM pledge INDEXED BY pledge_signed_on"
                                       " WHERE period_id = %1 AND kind = 'ikrar' AND voided_at IS NULL AND signed_on > '%2' LIMIT %3)),"
                                       " EXISTS (SELECT 1 FROM ikrar_outstanding_period WHERE period_id = %1)")
                            .arg(period.id)
                            .arg(asOf.toString(Qt::ISODate))
                            .arg(tallied->owed / 2 + 1))
            || !later.next())
            return Error::database(tr("Cannot read who must sign: %1").arg(later.lastError().databaseText()));
        if (later.value(1).toBool() && later.value(0).toLongLong() <= tallied->owed / 2) {
            auto found = read(m_db.connection(), listSql(unsignedFirstSql(period, asOf, filter.unitId, filter.limit),
                                                         u"o.name_key, o.staff_id"_s));
            if (!found)
                return found.error();
            return finished(std::move(*found));
        }
    }

    // A unit holding a large share of the roster: its first page is found by walking everyone
    // in name order until enough of the kept turn up, which for the kept spread over the names
    // means visiting about limit * everyone / kept people. Each visit looks up a staff row and
    // an assignment out of order; the unit's own walk visits its people in index order and on
    // two connections at once, but visits them all.
    if (tallied && filter.unitId > 0 && filter.limit > 0) {
        QSqlQuery roster(m_db.connection());
        if (!roster.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM staff")) || !roster.next())
            return Error::database(tr("Cannot read who must sign: %1").arg(roster.lastError().databaseText()));
        const qint64 everyone = roster.value(0).toLongLong();
        if (double(filter.limit) * double(everyone) * double(m_nameWalkCost) < double(*kept) * tallied->owed) {
            auto found = read(m_db.connection(), listSql(activeAsnInNameOrderSql(asOf, filter.unitId), u"o.name_key, o.staff_id"_s));
            if (!found)
                return found.error();
            return finished(std::move(*found));
        }
    }

    const auto part = [&](const QSqlDatabase& connection, qint64 firstStaffId, qint64 lastStaffId) {
        // The range of staff ids is tested on the assignment's index entry, before anyone is
        // looked up.
        return read(connection,
                    listSql(QStringLiteral("SELECT o.staff_id, o.unit_id FROM (%1) o WHERE o.staff_id BETWEEN %2 AND %3")
                                .arg(owedSql(kind, asOf, filter.unitId))
                                .arg(firstStaffId)
                                .arg(lastStaffId),
                            u"u.code, s.name_key, s.id"_s));
    };
    // The ids of the people the list walks: a unit's, or everyone's.
    QSqlQuery span(m_db.connection());
    const bool ofUnit = filter.unitId > 0;
    if (!span.exec(ofUnit ? QStringLiteral("SELECT coalesce(min(staff_id), 0), coalesce(max(staff_id), 0)"
                                           "  FROM assignment INDEXED BY assignment_unit_span WHERE unit_id = %1")
                                .arg(filter.unitId)
                          : QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM staff"))
        || !span.next())
        return Error::database(tr("Cannot read who must sign: %1").arg(span.lastError().databaseText()));
    const qint64 first = span.value(0).toLongLong();
    const qint64 last = span.value(1).toLongLong();
    span.finish();
    // The pakta is owed by a few officials per unit: not worth a second connection.
    const qint64 splitFrom = kind == PledgeKind::Ikrar ? m_splitFrom : std::numeric_limits<qint64>::max();
    auto parts = overStaffIdHalves<ObligationPart>(
        m_db, first, last, splitFrom, part,
        [limit = filter.limit](ObligationPart& into, ObligationPart&& other) { mergeParts(into, std::move(other), limit); });
    if (!parts)
        return parts.error();
    return finished(std::move(*parts));
}

Result<ObligationCounts> PledgeRepository::obligationCounts(const ElectionPeriod& period, PledgeKind kind, QDate asOf,
                                                            qint64 unitId) const
{
    if (kind == PledgeKind::Ikrar) {
        const auto counts = IkrarTally(m_db).counts(period.id, asOf, unitId);
        if (!counts)
            return counts.error();
        return ObligationCounts{counts->owed, counts->signedCount};
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*), count(p.id) FROM (%1) o LEFT JOIN pledge p INDEXED BY pledge_signed ON %2")
                    .arg(owedSql(kind, asOf, unitId), signedBySql(period, kind, asOf, u"p"_s)))
        || !q.next())
        return Error::database(tr("Cannot count who has not signed: %1").arg(q.lastError().databaseText()));
    return ObligationCounts{q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace netra
