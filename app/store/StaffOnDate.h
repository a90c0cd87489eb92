// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace netra {

// "Active on a date", as SQL yielding (staff_id, unit_id): assigned to a unit that day
// (assignment history), not marked inactive by then, not voided, and an ASN. Sessions invite
// from it, the ikrar is owed by it, and the compliance counts over it. With `unitId` > 0,
// only that unit's people.
// CROSS JOIN keeps assignment outside: walked in its own order, the staff rows it looks up
// come nearly in order too, which is what makes a million of them affordable. One unit's
// people are scattered instead, so that walk stays inside the covering indexes of schema v5.
QString activeAsnOnSql(QDate day, qint64 unitId = 0);
// The same people in staff id order, read from covering indexes: for per-person lookups in
// other tables keyed by staff (pledges, attendance), which then come in index order too.
QString activeAsnInStaffOrderSql(QDate day);

// One unit's active ASN as (staff_id, unit_id, name_key), in name order (name key, then staff
// id) as the roster's name index holds everyone: a first page of a unit with a large share of
// the roster is found after a short walk, without sorting the unit.
QString activeAsnInNameOrderSql(QDate day, qint64 unitId);

// The officials who owe a pakta integritas on a date, as (staff_id, unit_id): each unit's
// recorded head that day, and staff the Pemda flagged as officials, active that day.
QString paktaSignatoriesOnSql(QDate day, qint64 unitId = 0);

} // namespace netra
