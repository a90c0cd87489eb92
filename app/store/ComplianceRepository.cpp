// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceRepository.h"

#include "ComplianceFlags.h"
#include "Database.h"
#include "SqlValues.h"
#include "StaffIdHalves.h"
#include "StaffOnDate.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace netra {

Result<QList<UnitCompliance>> ComplianceRepository::figures(const ElectionPeriod& period, QDate asOf,
                                                            int minSessions) const
{
    const auto sessions = countedSessions(period, asOf);
    if (!sessions)
        return sessions.error();
    const auto sums = flagSums(ComplianceFlags(period.id, asOf, *sessions, minSessions));
    if (!sums)
        return sums.error();

    // The units with their head and cases. A case finds its person's unit through the
    // assignment that day, so the few cases never make SQLite index the whole roster.
    const QString sql =
        QStringLiteral(
            "WITH case_now AS (SELECT a.unit_id,"
            "     (SELECT st.status FROM case_step st WHERE st.case_id = c.id AND st.step_date <= :day"
            "       ORDER BY st.step_date DESC, st.id DESC LIMIT 1) AS status"
            "   FROM violation_case c CROSS JOIN (")
        + activeAsnOnSql(asOf)
        + QStringLiteral(
            ") a WHERE a.staff_id = c.staff_id AND c.period_id = :period AND c.voided_at IS NULL AND c.act_date <= :day),"
            " unit_cases AS (SELECT unit_id, count(*) AS cases,"
            "     sum(status IN ('dilaporkan', 'klarifikasi', 'rekomendasi')) AS open_cases,"
            "     sum(status IN ('rekomendasi', 'sanksi')) AS proven_cases"
            "   FROM case_now GROUP BY unit_id)"
            " SELECT u.id, u.code, u.name, h.staff_id,"
            "        EXISTS (SELECT 1 FROM pledge p WHERE p.staff_id = h.staff_id AND p.period_id = :period"
            "                AND p.kind = 'pakta' AND p.voided_at IS NULL AND p.signed_on <= :day),"
            "        coalesce(uc.cases, 0), coalesce(uc.open_cases, 0), coalesce(uc.proven_cases, 0)"
            " FROM work_unit u"
            " LEFT JOIN unit_head h ON h.unit_id = u.id AND h.voided_at IS NULL AND h.start_date <= :day"
            "      AND (h.end_date IS NULL OR h.end_date >= :day)"
            " LEFT JOIN unit_cases uc ON uc.unit_id = u.id"
            " WHERE u.voided_at IS NULL"
            " ORDER BY u.code");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::database(tr("Cannot compute the compliance figures: %1").arg(q.lastError().databaseText()));
    q.bindValue(QStringLiteral(":period"), period.id);
    q.bindValue(QStringLiteral(":day"), asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error::database(tr("Cannot compute the compliance figures: %1").arg(q.lastError().databaseText()));
    QList<UnitCompliance> units;
    while (q.next()) {
        UnitCompliance u;
        u.unitId = q.value(0).toLongLong();
        u.unitCode = q.value(1).toString();
        u.unitName = q.value(2).toString();
        const UnitFlagSums flags = sums->value(u.unitId);
        u.activeStaff = flags.activeStaff;
        u.ikrarSigned = flags.ikrarSigned;
        u.attendedStaff = flags.attended;
        if (!q.value(3).isNull())
            u.headPaktaSigned = q.value(4).toInt() == 1;
        u.cases = q.value(5).toInt();
        u.casesOpen = q.value(6).toInt();
        u.casesProven = q.value(7).toInt();
        units.push_back(std::move(u));
    }
    return units;
}

Result<QList<qint64>> ComplianceRepository::countedSessions(const ElectionPeriod& period, QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM session WHERE period_id = ? AND held_on <= ? AND voided_at IS NULL"
                             " ORDER BY id"));
    q.addBindValue(period.id);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error::database(tr("Cannot read the sessions: %1").arg(q.lastError().databaseText()));
    QList<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<QHash<qint64, UnitFlagSums>> ComplianceRepository::flagSums(const ComplianceFlags& flags) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM staff")) || !q.next())
        return Error::database(tr("Cannot compute the compliance figures: %1").arg(q.lastError().databaseText()));
    const qint64 first = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    q.finish();
    // A large roster is summed in two halves at once (see overStaffIdHalves).
    using Sums = QHash<qint64, UnitFlagSums>;
    return overStaffIdHalves<Sums>(
        m_db, first, last, m_splitFrom,
        [&flags](const QSqlDatabase& connection, qint64 from, qint64 to) { return flags.sum(connection, from, to); },
        [](Sums& sums, Sums&& more) {
            for (auto it = more.cbegin(); it != more.cend(); ++it)
                sums[it.key()] += it.value();
        });
}

Result<QList<StaffInUnit>> ComplianceRepository::notAttended(const ElectionPeriod& period, QDate asOf, int minSessions,
                                                             qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, coalesce(s.nip, s.internal_id), s.name, coalesce(s.position, ''), u.id, u.code,"
                             "       u.name FROM (")
              + activeAsnOnSql(asOf, unitId)
              + QStringLiteral(") a CROSS JOIN staff s ON s.id = a.staff_id CROSS JOIN work_unit u ON u.id = a.unit_id"
                               " WHERE (SELECT count(*) FROM attendance x WHERE x.staff_id = a.staff_id"
                               "        AND x.voided_at IS NULL AND x.status = 'hadir' AND +x.session_id IN"
                               "          (SELECT id FROM session WHERE period_id = ? AND held_on <= ? AND voided_at IS NULL))"
                               "       < ?"
                               " ORDER BY u.code, s.name_key"));
    q.addBindValue(period.id);
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(minSessions);
    if (!q.exec())
        return Error::database(tr("Cannot read who did not attend: %1").arg(q.lastError().databaseText()));
    QList<StaffInUnit> people;
    while (q.next()) {
        StaffInUnit p;
        p.readFrom(q);
        people.push_back(std::move(p));
    }
    return people;
}

Result<QList<ViolationCase>> ComplianceRepository::casesOn(const ElectionPeriod& period, QDate asOf, qint64 unitId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.uuid, s.id, coalesce(s.nip, s.internal_id), s.name, u.code, u.name, c.kind_code,"
                             "       c.act_date, c.source_code, c.external_no, c.description, st.status, st.step_date"
                             " FROM violation_case c CROSS JOIN (")
              + activeAsnOnSql(asOf, unitId)
              + QStringLiteral(") a ON a.staff_id = c.staff_id JOIN staff s ON s.id = c.staff_id JOIN work_unit u ON u.id = a.unit_id"
                               " JOIN case_step st ON st.id = (SELECT x.id FROM case_step x WHERE x.case_id = c.id"
                               "      AND x.step_date <= ? ORDER BY x.step_date DESC, x.id DESC LIMIT 1)"
                               " WHERE c.period_id = ? AND c.voided_at IS NULL AND c.act_date <= ?"
                               " ORDER BY u.code, s.name_key, c.act_date"));
    const QString day = asOf.toString(Qt::ISODate);
    q.addBindValue(day);
    q.addBindValue(period.id);
    q.addBindValue(day);
    if (!q.exec())
        return Error::database(tr("Cannot read the cases: %1").arg(q.lastError().databaseText()));
    QList<ViolationCase> cases;
    while (q.next()) {
        ViolationCase c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.staffId = q.value(2).toLongLong();
        c.nip = q.value(3).toString();
        c.name = q.value(4).toString();
        c.unitCode = q.value(5).toString();
        c.unitName = q.value(6).toString();
        c.periodId = period.id;
        c.periodName = period.name;
        c.kindCode = q.value(7).toString();
        c.actDate = dateFromSql(q.value(8));
        c.sourceCode = q.value(9).toString();
        c.externalNo = q.value(10).toString();
        c.description = q.value(11).toString();
        c.status = CaseStatusText::fromCode(q.value(12).toString()).value_or(CaseStatus::Dilaporkan);
        c.statusDate = dateFromSql(q.value(13));
        cases.push_back(std::move(c));
    }
    return cases;
}

Result<QList<ComplianceRepository::WeekPoint>> ComplianceRepository::weeklyProgress(const ElectionPeriod& period,
                                                                                   QDate asOf) const
{
    // Counts per day in SQL (signing days, first days of presence); the running sums over at
    // most a few dozen days are added up here.
    QMap<QDate, std::pair<int, int>> perDay;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT signed_on, count(*) FROM pledge WHERE period_id = ? AND kind = 'ikrar'"
                             " AND voided_at IS NULL AND signed_on <= ? GROUP BY signed_on"));
    q.addBindValue(period.id);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error::database(tr("Cannot read the progress: %1").arg(q.lastError().databaseText()));
    while (q.next())
        perDay[dateFromSql(q.value(0))].first += q.value(1).toInt();
    q.prepare(QStringLiteral("SELECT first_day, count(*) FROM (SELECT min(ss.held_on) AS first_day FROM attendance x"
                             "   JOIN session ss ON ss.id = x.session_id WHERE ss.period_id = ? AND ss.held_on <= ?"
                             "   AND ss.voided_at IS NULL AND x.voided_at IS NULL AND x.status = 'hadir'"
                             "   AND x.staff_id IS NOT NULL GROUP BY x.staff_id) GROUP BY first_day"));
    q.addBindValue(period.id);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Error::database(tr("Cannot read the progress: %1").arg(q.lastError().databaseText()));
    while (q.next())
        perDay[dateFromSql(q.value(0))].second += q.value(1).toInt();
    QList<WeekPoint> points;
    int signedSoFar = 0;
    int attendedSoFar = 0;
    auto next = perDay.cbegin();
    for (QDate day = period.start.addDays(6);; day = day.addDays(7)) {
        const QDate end = std::min(day, asOf);
        for (; next != perDay.cend() && next.key() <= end; ++next) {
            signedSoFar += next->first;
            attendedSoFar += next->second;
        }
        points.push_back({end, signedSoFar, attendedSoFar});
        if (end >= asOf)
            break;
    }
    return points;
}

Result<ComplianceThresholds> ComplianceRepository::thresholds(qint64 periodId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ikrar_pct, attendance_pct, fail_below_pct, min_sessions FROM compliance_threshold"
                             " WHERE period_id = ?"));
    q.addBindValue(periodId);
    if (!q.exec())
        return Error::database(tr("Cannot read the thresholds: %1").arg(q.lastError().databaseText()));
    ComplianceThresholds t;
    if (q.next())
        t = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return t;
}

Status ComplianceRepository::setThresholds(qint64 periodId, const ComplianceThresholds& t)
{
    if (auto valid = ComplianceRule::validate(t); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO compliance_threshold (period_id, ikrar_pct, attendance_pct, fail_below_pct, min_sessions, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period_id) DO UPDATE SET ikrar_pct = excluded.ikrar_pct,"
        " attendance_pct = excluded.attendance_pct, fail_below_pct = excluded.fail_below_pct,"
        " min_sessions = excluded.min_sessions, updated_at = excluded.updated_at"));
    for (const QVariant& v : {QVariant(periodId), QVariant(t.ikrarPct), QVariant(t.attendancePct),
                              QVariant(t.failBelowPct), QVariant(t.minSessions), QVariant(m_db.nowStamp())})
        q.addBindValue(v);
    if (!q.exec())
        return Error::database(tr("Cannot save the thresholds: %1").arg(q.lastError().databaseText()));
    return {};
}

} // namespace netra
