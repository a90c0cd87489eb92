// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace netra {

class Database;

struct StaffFilter {
    QString unitCode; // empty: every unit
    bool activeOnly = false;
};

// Staff and their assignment history.
class StaffRepository {
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    explicit StaffRepository(Database& db);
    ~StaffRepository();

    // Validates (StaffValidator), then stores the person assigned to `unitCode` from `from`.
    // A non-ASN person gets an internal id. Returns the stored record.
    Result<Staff> add(const Staff& draft, const QString& unitCode, QDate from);

    // By NIP as typed (spaces and dots allowed) or by a non-ASN internal id.
    Result<Staff> findByNip(const QString& nip) const;
    Result<Staff> findById(qint64 id) const;
    // The people with these ids, in the order given; ids not found (or voided) are left out.
    Result<QList<Staff>> findByIds(const QList<qint64>& ids) const;

    // Validates, then stores the changed record. When the unit differs from the current one,
    // the current assignment ends the day before `from` and a new one starts on `from`, so
    // the history is kept; `from` is ignored when the unit stays the same.
    Result<Staff> update(const Staff& changed, const QString& unitCode, QDate from);

    // Streams staff ordered by unit code and name, each with their current unit.
    Status forEach(const StaffFilter& filter, const std::function<void(const Staff&)>& visit) const;
    Result<qint64> count(const StaffFilter& filter) const;

    Result<QList<Assignment>> assignments(qint64 staffId) const;

    // Nothing is deleted: a voided record disappears from lists but stays in the file.
    Status voidStaff(qint64 staffId, const QString& reason);

private:
    Result<QString> nextInternalId() const;
    Result<qint64> unitIdByCode(const QString& unitCode) const;
    // A new open-ended assignment of `staff` to the unit from `from`.
    Status openAssignment(const Staff& staff, qint64 unitId, QDate from);

    Database& m_db;
    // The desk looks people up by NIP hundreds of times in a row: parse that statement once.
    mutable std::unique_ptr<QSqlQuery> m_byNip;
};

} // namespace netra
