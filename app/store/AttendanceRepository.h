// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffInUnit.h"

#include "core/Attendance.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace netra {

class Database;

// One line of a session's roster: an invited person (or someone recorded although not
// invited, or a walk-in) with their record, if any.
struct AttendanceEntry : StaffInUnit {
    bool targeted = false;
    std::optional<Attendance> record;
};

struct AttendanceFilter {
    qint64 unitId = 0; // 0: every unit
    bool unrecordedOnly = false;
    std::optional<AttendanceStatus> status; // only records with this status
};

// Present against invited, per invited unit.
struct UnitTally {
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    int target = 0;
    int present = 0;
};

struct AttendanceCounts {
    int recorded = 0;  // new records
    int changed = 0;   // existing records given another status or an earlier time
    int unchanged = 0; // already so
};

// Attendance records of sessions. Who a session invites is decided on the session's date:
// ASN active that day and assigned that day to an invited unit (assignment history).
class AttendanceRepository {
    Q_DECLARE_TR_FUNCTIONS(AttendanceRepository)
public:
    explicit AttendanceRepository(Database& db);
    ~AttendanceRepository();

    // The record in use of this person (or walk-in NIP) at this session.
    Result<std::optional<Attendance>> find(qint64 sessionId, qint64 staffId) const;
    Result<std::optional<Attendance>> findWalkIn(qint64 sessionId, const QString& nip) const;

    // Stores a new record as given (the caller has checked there is none); returns it.
    Result<Attendance> insert(const Attendance& draft);
    Status changeStatus(qint64 attendanceId, AttendanceStatus status, CaptureMethod method, const QDateTime& at);
    // Undo: the record stops counting and the person can be recorded again.
    Status voidRecord(qint64 attendanceId, const QString& reason);

    // Gives each person `status` in one transaction: a new record, or the existing one
    // changed. People not invited are recorded and flagged.
    Result<AttendanceCounts> setStatus(const Session& session, const QList<qint64>& staffIds,
                                       AttendanceStatus status, CaptureMethod method, const QDateTime& at);
    // Form responses: each person present at the given instant, in one transaction. An
    // existing hadir keeps the earlier time; another status becomes hadir.
    struct Presence {
        qint64 staffId = 0;
        QDateTime at;
    };
    Result<AttendanceCounts> recordPresent(const Session& session, const QList<Presence>& present, CaptureMethod method);
    // Marks every invited person without a record alpa and the session closed, in one
    // transaction; returns how many were marked.
    Result<int> close(const Session& session, const QDateTime& at);

    // The invited people and everyone else recorded, by unit code and name.
    Result<QList<AttendanceEntry>> roster(const Session& session, const AttendanceFilter& filter = {}) const;
    // The records in use only (walk-ins included), by unit code and name.
    Result<QList<AttendanceEntry>> records(const Session& session) const;
    Result<QList<UnitTally>> tally(const Session& session) const;
    // The unit the person was assigned to on `day`; 0 when none.
    Result<qint64> unitOn(qint64 staffId, QDate day) const;
    // Whether the unit is invited to the session.
    Result<bool> invites(const Session& session, qint64 unitId) const;
    // Whether the session invites the person: the one rule of invitedStaffSql (an ASN active
    // on the session's date, assigned that day to an invited unit), asked for one person.
    Result<bool> invitesPerson(const Session& session, qint64 staffId) const;

    // Walk-ins whose NIP has since come with a roster import are tied to that person. Call
    // inside the import's transaction.
    Result<int> reconcileWalkIns();

private:
    Result<QList<AttendanceEntry>> entries(const QString& sql) const;

    Database& m_db;
    mutable std::unique_ptr<QSqlQuery> m_find;
    mutable std::unique_ptr<QSqlQuery> m_unitOn;
};

// The invited people of a session as SQL (columns staff_id, unit_id), for queries that join it.
QString invitedStaffSql(const Session& session);

} // namespace netra
