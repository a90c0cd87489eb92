// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceRepository.h"

#include "BatchInsert.h"
#include "Database.h"
#include "SqlValues.h"
#include "StaffOnDate.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace netra {

namespace {

const char* const selectRecord =
    "SELECT id, uuid, session_id, coalesce(staff_id, 0), coalesce(walk_in_nip, ''), coalesce(walk_in_name, ''),"
    "       status, captured_at, method, outside_target FROM attendance WHERE voided_at IS NULL";

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

Attendance recordFromQuery(const QSqlQuery& q, int first = 0)
{
    Attendance a;
    a.id = q.value(first).toLongLong();
    a.uuid = q.value(first + 1).toString();
    a.sessionId = q.value(first + 2).toLongLong();
    a.staffId = q.value(first + 3).toLongLong();
    a.walkInNip = q.value(first + 4).toString();
    a.walkInName = q.value(first + 5).toString();
    a.status = AttendanceStatusText::fromCode(q.value(first + 6).toString()).value_or(AttendanceStatus::Hadir);
    a.capturedAt = QDateTime::fromString(q.value(first + 7).toString(), Qt::ISODate);
    a.method = AttendanceStatusText::methodFromCode(q.value(first + 8).toString()).value_or(CaptureMethod::Desk);
    a.outsideTarget = q.value(first + 9).toBool();
    return a;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

// Columns of AttendanceEntry followed by those of selectRecord (r.*), or NULLs.
const char* const entryColumns =
    "r.id, r.uuid, r.session_id, coalesce(r.staff_id, 0), coalesce(r.walk_in_nip, ''), coalesce(r.walk_in_name, ''),"
    " r.status, r.captured_at, r.method, r.outside_target";

} // namespace

QString invitedStaffSql(const Session& session)
{
    QString sql = activeAsnOnSql(session.date);
    if (!session.targetsAllUnits())
        sql += QStringLiteral(" AND a.unit_id IN (SELECT unit_id FROM session_unit WHERE session_id = %1)").arg(session.id);
    return sql;
}

AttendanceRepository::AttendanceRepository(Database& db)
    : m_db(db)
{
}

AttendanceRepository::~AttendanceRepository() = default;

Result<std::optional<Attendance>> AttendanceRepository::find(qint64 sessionId, qint64 staffId) const
{
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_find->prepare(QLatin1String(selectRecord) + QLatin1String(" AND session_id = ? AND staff_id = ?")))
            return Error::database(m_find->lastError().databaseText());
    }
    m_find->addBindValue(sessionId);
    m_find->addBindValue(staffId);
    if (!m_find->exec())
        return Error::database(m_find->lastError().databaseText());
    std::optional<Attendance> found;
    if (m_find->next())
        found = recordFromQuery(*m_find);
    m_find->finish();
    return found;
}

Result<std::optional<Attendance>> AttendanceRepository::findWalkIn(qint64 sessionId, const QString& nip) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(selectRecord) + QLatin1String(" AND session_id = ? AND walk_in_nip = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(nip);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (!q.next())
        return std::optional<Attendance>();
    return std::optional<Attendance>(recordFromQuery(q));
}

Result<Attendance> AttendanceRepository::insert(const Attendance& draft)
{
    Attendance stored = draft;
    stored.uuid = draft.uuid.isEmpty() ? Database::newUuid() : draft.uuid;
    if (!stored.capturedAt.isValid())
        stored.capturedAt = m_db.clock().now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO attendance (uuid, session_id, staff_id, walk_in_nip, walk_in_name, status,"
                             " captured_at, method, outside_target, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(stored.uuid);
    q.addBindValue(stored.sessionId);
    q.addBindValue(sqlId(stored.staffId));
    q.addBindValue(stored.walkIn() ? sqlText(stored.walkInNip) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(stored.walkIn() ? sqlText(stored.walkInName.simplified()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(AttendanceStatusText::code(stored.status));
    q.addBindValue(stamp(stored.capturedAt));
    q.addBindValue(AttendanceStatusText::code(stored.method));
    q.addBindValue(stored.outsideTarget ? 1 : 0);
    q.addBindValue(m_db.nowStamp());
    if (!q.exec())
        return Error::database(tr("Cannot store the attendance record: %1").arg(q.lastError().databaseText()));
    stored.id = q.lastInsertId().toLongLong();
    stored.capturedAt = stored.capturedAt.toUTC();
    return stored;
}

Status AttendanceRepository::changeStatus(qint64 attendanceId, AttendanceStatus status, CaptureMethod method,
                                          const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE attendance SET status = ?, method = ?, captured_at = ?, updated_at = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    q.addBindValue(AttendanceStatusText::code(status));
    q.addBindValue(AttendanceStatusText::code(method));
    q.addBindValue(stamp(at));
    q.addBindValue(m_db.nowStamp());
    q.addBindValue(attendanceId);
    if (!q.exec())
        return Error::database(tr("Cannot store the attendance record: %1").arg(q.lastError().databaseText()));
    if (q.numRowsAffected() != 1)
        return Error::notFound(tr("The attendance record no longer exists."));
    return {};
}

Status AttendanceRepository::voidRecord(qint64 attendanceId, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE attendance SET voided_at = ?, void_reason = ?, updated_at = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    const QString now = m_db.nowStamp();
    q.addBindValue(now);
    q.addBindValue(reason);
    q.addBindValue(now);
    q.addBindValue(attendanceId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    if (q.numRowsAffected() != 1)
        return Error::notFound(tr("The attendance record no longer exists."));
    return {};
}

Result<AttendanceCounts> AttendanceRepository::setStatus(const Session& session, const QList<qint64>& staffIds,
                                                         AttendanceStatus status, CaptureMethod method,
                                                         const QDateTime& at)
{
    AttendanceCounts counts;
    QSet<qint64> seen;
    const Status written = m_db.transaction([&]() -> Status {
        for (const qint64 staffId : staffIds) {
            if (seen.contains(staffId))
                continue;
            seen.insert(staffId);
            const auto existing = find(session.id, staffId);
            if (!existing)
                return existing.error();
            if (*existing) {
                if ((*existing)->status == status) {
                    ++counts.unchanged;
                    continue;
                }
                if (auto changed = changeStatus((*existing)->id, status, method, at); !changed)
                    return changed;
                ++counts.changed;
                continue;
            }
            const auto invited = invitesPerson(session, staffId);
            if (!invited)
                return invited.error();
            Attendance draft;
            draft.sessionId = session.id;
            draft.staffId = staffId;
            draft.status = status;
            draft.method = method;
            draft.capturedAt = at;
            draft.outsideTarget = !*invited;
            if (const auto stored = insert(draft); !stored)
                return stored.error();
            ++counts.recorded;
        }
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

Result<AttendanceCounts> AttendanceRepository::recordPresent(const Session& session, const QList<Presence>& present,
                                                             CaptureMethod method)
{
    AttendanceCounts counts;
    const Status written = m_db.transaction([&]() -> Status {
        for (const Presence& person : present) {
            const auto existing = find(session.id, person.staffId);
            if (!existing)
                return existing.error();
            if (*existing) {
                const Attendance& record = **existing;
                if (record.status == AttendanceStatus::Hadir && record.capturedAt <= person.at) {
                    ++counts.unchanged;
                    continue;
                }
                if (auto changed = changeStatus(record.id, AttendanceStatus::Hadir, method, person.at); !changed)
                    return changed;
                ++counts.changed;
                continue;
            }
            const auto invited = invitesPerson(session, person.staffId);
            if (!invited)
                return invited.error();
            Attendance draft;
            draft.sessionId = session.id;
            draft.staffId = person.staffId;
            draft.status = AttendanceStatus::Hadir;
            draft.method = method;
            draft.capturedAt = person.at;
            draft.outsideTarget = !*invited;
            if (const auto stored = insert(draft); !stored)
                return stored.error();
            ++counts.recorded;
        }
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

Result<int> AttendanceRepository::close(const Session& session, const QDateTime& at)
{
    int marked = 0;
    const Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT i.staff_id FROM (%1) i WHERE NOT EXISTS (SELECT 1 FROM attendance r"
                                   " WHERE r.session_id = %2 AND r.staff_id = i.staff_id AND r.voided_at IS NULL)")
                        .arg(invitedStaffSql(session))
                        .arg(session.id)))
            return Error::database(tr("Cannot close the session: %1").arg(q.lastError().databaseText()));
        QList<qint64> missing;
        while (q.next())
            missing.push_back(q.value(0).toLongLong());
        q.finish();
        BatchInsert rows(m_db.connection(), QStringLiteral("attendance"),
                         {QStringLiteral("uuid"), QStringLiteral("session_id"), QStringLiteral("staff_id"),
                          QStringLiteral("status"), QStringLiteral("captured_at"), QStringLiteral("method"),
                          QStringLiteral("updated_at")});
        const QString capturedAt = stamp(at);
        const QString now = m_db.nowStamp();
        for (const qint64 staffId : missing) {
            if (auto added = rows.add({Database::newUuid(), session.id, staffId, QStringLiteral("alpa"), capturedAt,
                                       QStringLiteral("bulk"), now});
                !added)
                return added;
        }
        if (auto flushed = rows.flush(); !flushed)
            return flushed;
        marked = int(missing.size());
        QSqlQuery c(m_db.connection());
        c.prepare(QStringLiteral("UPDATE session SET closed_at = ?, updated_at = ? WHERE id = ?"));
        c.addBindValue(stamp(at));
        c.addBindValue(m_db.nowStamp());
        c.addBindValue(session.id);
        if (!c.exec())
            return Error::database(tr("Cannot close the session: %1").arg(c.lastError().databaseText()));
        return {};
    });
    if (!written)
        return written.error();
    return marked;
}

Result<QList<AttendanceEntry>> AttendanceRepository::entries(const QString& sql) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::database(tr("Cannot read the attendance: %1").arg(q.lastError().databaseText()));
    QList<AttendanceEntry> list;
    while (q.next()) {
        AttendanceEntry e;
        e.readFrom(q);
        e.targeted = q.value(7).toBool();
        if (!q.value(8).isNull())
            e.record = recordFromQuery(q, 8);
        list.push_back(std::move(e));
    }
    return list;
}

Result<QList<AttendanceEntry>> AttendanceRepository::roster(const Session& session, const AttendanceFilter& filter) const
{
    const QString day = isoDay(session.date);
    // Invited people with their record, then everyone else recorded (not invited, walk-ins).
    QString sql = QStringLiteral(
        "WITH invited AS (%1),"
        " rows AS ("
        "  SELECT i.staff_id, coalesce(s.nip, s.internal_id) AS nip, s.name, coalesce(s.position, '') AS position,"
        "         i.unit_id, 1 AS targeted, s.name_key, r.id AS record_id"
        "    FROM invited i JOIN staff s ON s.id = i.staff_id"
        "    LEFT JOIN attendance r ON r.session_id = %2 AND r.staff_id = i.staff_id AND r.voided_at IS NULL"
        "  UNION ALL"
        "  SELECT coalesce(r.staff_id, 0), coalesce(s.nip, s.internal_id, r.walk_in_nip), coalesce(s.name, r.walk_in_name),"
        "         coalesce(s.position, ''), coalesce(a.unit_id, 0), 0, coalesce(s.name_key, lower(r.walk_in_name)), r.id"
        "    FROM attendance r LEFT JOIN staff s ON s.id = r.staff_id"
        "    LEFT JOIN assignment a ON a.staff_id = r.staff_id AND a.voided_at IS NULL AND a.start_date <= '%3'"
        "         AND (a.end_date IS NULL OR a.end_date >= '%3')"
        "   WHERE r.session_id = %2 AND r.voided_at IS NULL"
        "     AND (r.staff_id IS NULL OR r.staff_id NOT IN (SELECT staff_id FROM invited)))"
        " SELECT x.staff_id, x.nip, x.name, x.position, x.unit_id, coalesce(u.code, ''), coalesce(u.name, ''), x.targeted, %4"
        "   FROM rows x LEFT JOIN work_unit u ON u.id = x.unit_id LEFT JOIN attendance r ON r.id = x.record_id"
        "  WHERE 1 = 1")
                      .arg(invitedStaffSql(session))
                      .arg(session.id)
                      .arg(day, QLatin1String(entryColumns));
    if (filter.unitId > 0)
        sql += QStringLiteral(" AND x.unit_id = %1").arg(filter.unitId);
    if (filter.unrecordedOnly)
        sql += QStringLiteral(" AND x.record_id IS NULL");
    if (filter.status)
        sql += QStringLiteral(" AND r.status = '%1'").arg(AttendanceStatusText::code(*filter.status));
    sql += QStringLiteral(" ORDER BY coalesce(u.code, '~'), x.name_key, x.nip");
    return entries(sql);
}

Result<QList<AttendanceEntry>> AttendanceRepository::records(const Session& session) const
{
    const QString sql = QStringLiteral(
        "SELECT coalesce(r.staff_id, 0), coalesce(s.nip, s.internal_id, r.walk_in_nip), coalesce(s.name, r.walk_in_name),"
        "       coalesce(s.position, ''), coalesce(a.unit_id, 0), coalesce(u.code, ''), coalesce(u.name, ''),"
        "       1 - r.outside_target, %3"
        "  FROM attendance r LEFT JOIN staff s ON s.id = r.staff_id"
        "  LEFT JOIN assignment a ON a.staff_id = r.staff_id AND a.voided_at IS NULL AND a.start_date <= '%2'"
        "       AND (a.end_date IS NULL OR a.end_date >= '%2')"
        "  LEFT JOIN work_unit u ON u.id = a.unit_id"
        " WHERE r.session_id = %1 AND r.voided_at IS NULL"
        " ORDER BY coalesce(u.code, '~'), coalesce(s.name_key, lower(r.walk_in_name)), 2")
                            .arg(session.id)
                            .arg(isoDay(session.date), QLatin1String(entryColumns));
    return entries(sql);
}

Result<QList<UnitTally>> AttendanceRepository::tally(const Session& session) const
{
    // Invited per unit first, without touching attendance; then the session's own hadir
    // records, each placed in its person's unit: a million invited need not be probed one
    // by one for a few hundred records.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // "+ 0" keeps SQLite from walking assignment by unit just to group: that order would
    // visit the staff rows at random.
    if (!q.exec(QStringLiteral("SELECT u.id, u.code, u.name, c.invited FROM (SELECT i.unit_id + 0 AS unit_id, count(*) AS invited"
                               " FROM (%1) i GROUP BY 1) c JOIN work_unit u ON u.id = c.unit_id ORDER BY u.code")
                    .arg(invitedStaffSql(session))))
        return Error::database(tr("Cannot count the attendance: %1").arg(q.lastError().databaseText()));
    QList<UnitTally> tallies;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), tallies.size());
        tallies.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), 0});
    }
    if (!q.exec(QStringLiteral("SELECT i.unit_id, count(*) FROM attendance r JOIN (%1) i ON i.staff_id = r.staff_id"
                               " WHERE r.session_id = %2 AND r.voided_at IS NULL AND r.status = 'hadir'"
                               " GROUP BY i.unit_id")
                    .arg(invitedStaffSql(session))
                    .arg(session.id)))
        return Error::database(tr("Cannot count the attendance: %1").arg(q.lastError().databaseText()));
    while (q.next()) {
        const auto found = index.constFind(q.value(0).toLongLong());
        if (found != index.constEnd())
            tallies[*found].present = q.value(1).toInt();
    }
    return tallies;
}

Result<qint64> AttendanceRepository::unitOn(qint64 staffId, QDate day) const
{
    if (!m_unitOn) {
        m_unitOn = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_unitOn->prepare(QStringLiteral(
                "SELECT unit_id FROM assignment WHERE staff_id = ? AND voided_at IS NULL AND start_date <= ?"
                " AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date DESC LIMIT 1")))
            return Error::database(m_unitOn->lastError().databaseText());
    }
    const QString iso = isoDay(day);
    m_unitOn->addBindValue(staffId);
    m_unitOn->addBindValue(iso);
    m_unitOn->addBindValue(iso);
    if (!m_unitOn->exec())
        return Error::database(m_unitOn->lastError().databaseText());
    const qint64 unit = m_unitOn->next() ? m_unitOn->value(0).toLongLong() : 0;
    m_unitOn->finish();
    return unit;
}

Result<bool> AttendanceRepository::invites(const Session& session, qint64 unitId) const
{
    if (unitId == 0)
        return false;
    if (session.targetsAllUnits())
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM session_unit WHERE session_id = ? AND unit_id = ?"));
    q.addBindValue(session.id);
    q.addBindValue(unitId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    return q.next();
}

Result<bool> AttendanceRepository::invitesPerson(const Session& session, qint64 staffId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM (") + invitedStaffSql(session) + QStringLiteral(") WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec())
        return Error::database(q.lastError().databaseText());
    return q.next();
}

Result<int> AttendanceRepository::reconcileWalkIns()
{
    QSqlQuery q(m_db.connection());
    // A walk-in whose person was also recorded otherwise at the same session stays a walk-in
    // record: tying it would give the person two records.
    if (!q.exec(QStringLiteral(
            "UPDATE attendance SET staff_id = (SELECT s.id FROM staff s WHERE s.nip = attendance.walk_in_nip),"
            "       walk_in_nip = NULL, walk_in_name = NULL, updated_at = '%1'"
            " WHERE walk_in_nip IS NOT NULL AND voided_at IS NULL"
            "   AND EXISTS (SELECT 1 FROM staff s WHERE s.nip = attendance.walk_in_nip AND s.voided_at IS NULL)"
            "   AND NOT EXISTS (SELECT 1 FROM attendance o JOIN staff s ON s.id = o.staff_id"
            "                    WHERE o.session_id = attendance.session_id AND s.nip = attendance.walk_in_nip"
            "                      AND o.voided_at IS NULL)")
                    .arg(m_db.nowStamp())))
        return Error::database(tr("Cannot tie walk-ins to the roster: %1").arg(q.lastError().databaseText()));
    return q.numRowsAffected();
}

} // namespace netra
