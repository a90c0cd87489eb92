// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace netra {

class BatchInsert;
class BulkLoadSchema;
class Database;

// A person as a roster import compares them, small enough to hold a million: the record's
// fingerprint (made by the import, from the fields it compares), the kind (which NIP rules
// apply), the current assignment (a move must be dated after it) and the active flag.
struct RosterEntry {
    qint64 staffId = 0;
    quint64 fingerprint = 0;
    qint64 unitId = 0; // 0 when not assigned
    QDate assignedFrom;
    StaffKind kind = StaffKind::Pns;
    bool active = true;
};

// A person an import adds, with the name key made off the writing thread.
struct RosterAddition {
    Staff staff; // validated; unitId is the unit they are assigned to
    QString nameKey;
};

// Bulk reads and writes of the staff roster for imports: everything loaded in one query,
// new people written many rows per statement. Runs inside the caller's transaction; the
// records given are already validated (StaffValidator).
class RosterRepository {
    Q_DECLARE_TR_FUNCTIONS(RosterRepository)
public:
    explicit RosterRepository(Database& db);
    ~RosterRepository();

    // Every staff member with a NIP (voided ones left out), by Nip::asKey(), each record
    // fingerprinted by `fingerprint`.
    Result<QHash<qint64, RosterEntry>> loadByNip(const std::function<quint64(const Staff&)>& fingerprint) const;

    // Adds the people, each assigned to staff.unitId from `from`.
    Status add(const QList<RosterAddition>& people, QDate from);
    // Writes the person's fields (not the unit) as given.
    Status update(const Staff& person);
    // Ends the current assignment the day before `from` and opens one at `unitId` from `from`.
    Status move(qint64 staffId, qint64 unitId, QDate from);
    // Corrects the unit of the current assignment in place: for a move dated the same day
    // the assignment started, which would otherwise leave a zero-length period behind.
    Status correctUnit(qint64 staffId, qint64 unitId);
    // Marks the people inactive from `from`; their assignments stay (reports as of earlier
    // dates still count them).
    Status deactivate(const QList<qint64>& staffIds, QDate from);

    // For an import adding more people than the roster held: the roster's indexes and its
    // search index are set aside until finishBulkAdd() builds them again by sorting, which
    // costs less than growing them a row at a time. Staff ids and a person's assignments
    // can still be looked up meanwhile, NIPs and names cannot. Inside the import's
    // transaction: a rollback brings the indexes back as they were.
    Status beginBulkAdd();
    // Builds what beginBulkAdd() set aside; nothing when it was not called.
    Status finishBulkAdd();
    bool inBulkAdd() const { return m_setAside != nullptr; }

    // A work unit code not in use yet, for units an import creates: "IMP-0001", ...
    Result<QString> nextImportUnitCode() const;

private:
    Database& m_db;
    // Prepared once: an import may add a million and update thousands.
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<BatchInsert> m_staffRows;
    std::unique_ptr<BatchInsert> m_assignmentRows;
    std::unique_ptr<BulkLoadSchema> m_setAside;
};

} // namespace netra
