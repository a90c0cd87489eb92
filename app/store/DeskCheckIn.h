// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceRepository.h"
#include "StaffRepository.h"

#include "core/Result.h"
#include "core/Session.h"
#include "core/Staff.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace netra {

class Database;

// What the desk answers to one scan or typed NIP.
struct CheckInAnswer {
    enum class Outcome {
        Recorded,        // hadir recorded now
        RecordedOutsideTarget, // recorded, but the person's unit was not invited: flagged
        ChangedToPresent, // had another status (izin, alpa…) and came after all
        AlreadyRecorded, // hadir already, at `at`
        Inactive,        // on the roster but not active on the session's date
        UnknownNip,      // a valid NIP that is not on the roster: a walk-in may be recorded
        InvalidNip,      // not a NIP at all; `reason` says why
        NotFound,        // a staff id from the name completion that no longer exists
        Undone,          // the last check-in was taken back
        NothingToUndo,
    };
    Outcome outcome = Outcome::InvalidNip;
    Staff staff;      // the person, when known
    QString unitName; // their unit on the session's date
    QString nip;      // the cleaned NIP typed, for a walk-in
    QString reason;   // for InvalidNip
    QDateTime at;     // when recorded (or first recorded), UTC
    std::optional<AttendanceStatus> previous; // ChangedToPresent: what it was

    bool recorded() const
    {
        return outcome == Outcome::Recorded || outcome == Outcome::RecordedOutsideTarget
               || outcome == Outcome::ChangedToPresent;
    }
};

// The registration desk of one session: takes what the clerk types or the scanner sends,
// records hadir at once, keeps the per-unit counters in memory so they move without a
// recount, and can take back its own check-ins, last first.
class DeskCheckIn {
    Q_DECLARE_TR_FUNCTIONS(DeskCheckIn)
public:
    static Result<std::unique_ptr<DeskCheckIn>> open(Database& db, qint64 sessionId);
    ~DeskCheckIn();

    const Session& session() const { return m_session; }

    // A NIP with or without spaces and dots (or a non-ASN internal id).
    Result<CheckInAnswer> checkIn(const QString& typed);
    // A person picked from the name completion.
    Result<CheckInAnswer> checkInStaff(qint64 staffId);
    // A valid NIP not on the roster, with the name the person gives.
    Result<CheckInAnswer> recordWalkIn(const QString& nip, const QString& name);
    Result<CheckInAnswer> undoLast();
    bool canUndo() const { return !m_undo.isEmpty(); }

    const QList<UnitTally>& tallies() const { return m_tallies; }
    int presentInvited() const;
    int invited() const;
    int presentNotInvited() const { return m_presentNotInvited; }

private:
    struct UndoStep {
        qint64 attendanceId = 0;
        std::optional<Attendance> before; // the record as it was, when a check-in changed it
        qint64 unitId = 0;
        bool counted = false; // counted in a unit's tally (invited) or in presentNotInvited
    };

    DeskCheckIn(Database& db, Session session);
    Result<CheckInAnswer> checkInPerson(const Staff& person);
    void count(qint64 unitId, bool invited, int delta);
    QString unitName(qint64 unitId) const;

    Database& m_db;
    Session m_session;
    StaffRepository m_staff;
    AttendanceRepository m_attendance;
    QList<UnitTally> m_tallies;
    QHash<qint64, QString> m_unitNames;
    int m_presentNotInvited = 0;
    QList<UndoStep> m_undo;
};

} // namespace netra
