// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffOnDate.h"

namespace netra {

// The only value is an ISO date formatted here: nothing typed reaches the SQL text.

QString activeAsnOnSql(QDate day)
{
    return QStringLiteral("SELECT a.staff_id, a.unit_id FROM assignment a CROSS JOIN staff s"
                          " WHERE s.id = a.staff_id AND a.voided_at IS NULL AND a.start_date <= '%1'"
                          "   AND (a.end_date IS NULL OR a.end_date >= '%1')"
                          "   AND s.voided_at IS NULL AND s.kind <> 'NON_ASN'"
                          "   AND (s.inactive_from IS NULL OR s.inactive_from > '%1')")
        .arg(day.toString(Qt::ISODate));
}

QString paktaSignatoriesOnSql(QDate day)
{
    const QString iso = day.toString(Qt::ISODate);
    return QStringLiteral("SELECT h.staff_id, h.unit_id FROM unit_head h JOIN staff s ON s.id = h.staff_id"
                          " WHERE h.voided_at IS NULL AND h.start_date <= '%1' AND (h.end_date IS NULL OR h.end_date >= '%1')"
                          "   AND s.voided_at IS NULL AND (s.inactive_from IS NULL OR s.inactive_from > '%1')"
                          " UNION "
                          "SELECT a.staff_id, a.unit_id FROM assignment a CROSS JOIN staff s"
                          " WHERE s.id = a.staff_id AND s.is_official = 1 AND a.voided_at IS NULL AND a.start_date <= '%1'"
                          "   AND (a.end_date IS NULL OR a.end_date >= '%1')"
                          "   AND s.voided_at IS NULL AND s.kind <> 'NON_ASN'"
                          "   AND (s.inactive_from IS NULL OR s.inactive_from > '%1')")
        .arg(iso);
}

} // namespace netra
