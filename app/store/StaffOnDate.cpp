// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffOnDate.h"

namespace netra {

// The only values are an ISO date and a number formatted here: nothing typed reaches the
// SQL text.

namespace {

QString unitTerm(const QString& alias, qint64 unitId)
{
    return unitId > 0 ? QStringLiteral(" AND %1.unit_id = %2").arg(alias).arg(unitId) : QString();
}

// Assigned to a unit that day (assignment a), an ASN not voided nor inactive by then (staff s).
QString activeConditions(QDate day)
{
    return QStringLiteral("s.id = a.staff_id AND a.voided_at IS NULL AND a.start_date <= '%1'"
                          " AND (a.end_date IS NULL OR a.end_date >= '%1')"
                          " AND s.voided_at IS NULL AND s.kind <> 'NON_ASN'"
                          " AND (s.inactive_from IS NULL OR s.inactive_from > '%1')")
        .arg(day.toString(Qt::ISODate));
}

} // namespace

QString activeAsnOnSql(QDate day, qint64 unitId)
{
    // The planner prefers a rowid lookup over a covering index; for one unit the index is
    // several times faster, so it is named.
    const QString hints = unitId > 0 ? QStringLiteral(" INDEXED BY assignment_unit_span") : QString();
    const QString staffHint = unitId > 0 ? QStringLiteral(" INDEXED BY staff_asn") : QString();
    return QStringLiteral("SELECT a.staff_id, a.unit_id FROM assignment a%1 CROSS JOIN staff s%2 WHERE ")
               .arg(hints, staffHint)
        + activeConditions(day) + unitTerm(QStringLiteral("a"), unitId);
}

QString activeAsnInStaffOrderSql(QDate day)
{
    return QStringLiteral("SELECT s.id AS staff_id, a.unit_id FROM staff s INDEXED BY staff_asn"
                          " CROSS JOIN assignment a INDEXED BY assignment_staff WHERE ")
        + activeConditions(day);
}

QString activeAsnInNameOrderSql(QDate day, qint64 unitId)
{
    return QStringLiteral("SELECT s.id AS staff_id, a.unit_id, s.name_key FROM staff s INDEXED BY staff_roster_name"
                          " CROSS JOIN assignment a INDEXED BY assignment_staff WHERE ")
        + activeConditions(day) + unitTerm(QStringLiteral("a"), unitId);
}

QString paktaSignatoriesOnSql(QDate day, qint64 unitId)
{
    // Officials are few: walked from their own index, not from the unit's assignments.
    const QString iso = day.toString(Qt::ISODate);
    return QStringLiteral("SELECT h.staff_id, h.unit_id FROM unit_head h JOIN staff s ON s.id = h.staff_id"
                          " WHERE h.voided_at IS NULL AND h.start_date <= '%1' AND (h.end_date IS NULL OR h.end_date >= '%1')"
                          "   AND s.voided_at IS NULL AND (s.inactive_from IS NULL OR s.inactive_from > '%1')")
               .arg(iso)
        + unitTerm(QStringLiteral("h"), unitId)
        + QStringLiteral(" UNION "
                         "SELECT a.staff_id, a.unit_id FROM staff s INDEXED BY staff_official CROSS JOIN assignment a"
                         " WHERE s.is_official = 1 AND ")
        + activeConditions(day) + unitTerm(QStringLiteral("a"), unitId);
}

} // namespace netra
