// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/WorkUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace netra {

class Database;

// Perangkat daerah and their dated heads.
class WorkUnitRepository {
    Q_DECLARE_TR_FUNCTIONS(WorkUnitRepository)
public:
    explicit WorkUnitRepository(Database& db) : m_db(db) {}

    // All units not voided, ordered by code, with the head recorded on `asOf`.
    Result<QList<WorkUnit>> list(QDate asOf) const;
    Result<WorkUnit> findByCode(const QString& code, QDate asOf) const;
    // Staff assigned to each unit on `asOf` and active then, by unit id (sub-units apart).
    Result<QHash<qint64, qint64>> headcounts(QDate asOf) const;

    // Checks the fields a unit must have; shared by `unit add`, `unit import` and the GUI.
    Status validate(const WorkUnit& unit) const;
    // Adds one unit (parentCode resolved to the parent's id). Returns the new id.
    Result<qint64> add(const WorkUnit& unit);
    // Updates name, abbreviation, kind and parent of the unit with unit.code.
    Status update(const WorkUnit& unit);

    // The staff member heads the unit from `from`; the previous term ends the day before.
    Status setHead(const QString& unitCode, qint64 staffId, QDate from);
    Result<QList<UnitHead>> headHistory(const QString& unitCode) const;

private:
    Result<qint64> resolveParent(const WorkUnit& unit) const;

    Database& m_db;
};

} // namespace netra
