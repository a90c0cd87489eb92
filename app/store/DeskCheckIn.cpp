// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskCheckIn.h"

#include "Database.h"
#include "SessionRepository.h"

#include "core/Nip.h"

#include <QSqlError>
#include <QSqlQuery>

namespace netra {

DeskCheckIn::DeskCheckIn(Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_staff(db)
    , m_attendance(db)
{
}

DeskCheckIn::~DeskCheckIn() = default;

Result<std::unique_ptr<DeskCheckIn>> DeskCheckIn::open(Database& db, qint64 sessionId)
{
    auto session = SessionRepository(db).findById(sessionId);
    if (!session)
        return session.error();
    std::unique_ptr<DeskCheckIn> desk(new DeskCheckIn(db, *session));
    auto tallies = desk->m_attendance.tally(desk->m_session);
    if (!tallies)
        return tallies.error();
    desk->m_tallies = *tallies;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM work_unit")))
        return Error::database(q.lastError().databaseText());
    while (q.next())
        desk->m_unitNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = %1 AND voided_at IS NULL"
                               " AND status = 'hadir' AND (outside_target = 1 OR staff_id IS NULL)")
                    .arg(sessionId))
        || !q.next())
        return Error::database(q.lastError().databaseText());
    desk->m_presentNotInvited = q.value(0).toInt();
    return desk;
}

Result<CheckInAnswer> DeskCheckIn::checkIn(const QString& typed)
{
    CheckInAnswer answer;
    const QString cleaned = Nip::clean(typed);
    answer.nip = cleaned;
    const auto person = m_staff.findByNip(cleaned);
    if (person)
        return checkInPerson(*person);
    if (person.error().kind != ErrorKind::NotFound)
        return person.error();
    const auto nip = Nip::parse(cleaned, m_session.date);
    if (!nip) {
        answer.outcome = CheckInAnswer::Outcome::InvalidNip;
        answer.reason = nip.error().message;
        return answer;
    }
    answer.nip = nip->digits();
    if (const auto walkIn = m_attendance.findWalkIn(m_session.id, answer.nip); !walkIn)
        return walkIn.error();
    else if (*walkIn) {
        answer.outcome = CheckInAnswer::Outcome::AlreadyRecorded;
        answer.staff.name = (*walkIn)->walkInName;
        answer.staff.nip = answer.nip;
        answer.at = (*walkIn)->capturedAt;
        return answer;
    }
    answer.outcome = CheckInAnswer::Outcome::UnknownNip;
    return answer;
}

Result<CheckInAnswer> DeskCheckIn::checkInStaff(qint64 staffId)
{
    const auto person = m_staff.findById(staffId);
    if (!person) {
        if (person.error().kind != ErrorKind::NotFound)
            return person.error();
        CheckInAnswer answer;
        answer.outcome = CheckInAnswer::Outcome::NotFound;
        return answer;
    }
    return checkInPerson(*person);
}

Result<CheckInAnswer> DeskCheckIn::checkInPerson(const Staff& person)
{
    CheckInAnswer answer;
    answer.staff = person;
    answer.nip = person.nip;
    const auto unit = m_attendance.unitOn(person.id, m_session.date);
    if (!unit)
        return unit.error();
    answer.unitName = unitName(*unit);
    const bool activeThatDay = *unit != 0 && (!person.inactiveFrom.isValid() || person.inactiveFrom > m_session.date);
    if (!activeThatDay) {
        answer.outcome = CheckInAnswer::Outcome::Inactive;
        return answer;
    }
    const auto existing = m_attendance.find(m_session.id, person.id);
    if (!existing)
        return existing.error();
    const QDateTime now = m_db.clock().now().toUTC();
    if (*existing) {
        const Attendance& record = **existing;
        if (record.status == AttendanceStatus::Hadir) {
            answer.outcome = CheckInAnswer::Outcome::AlreadyRecorded;
            answer.at = record.capturedAt;
            return answer;
        }
        if (auto changed = m_attendance.changeStatus(record.id, AttendanceStatus::Hadir, CaptureMethod::Desk, now);
            !changed)
            return changed.error();
        const bool invited = !record.outsideTarget;
        count(*unit, invited, +1);
        m_undo.push_back({record.id, record, *unit, true});
        answer.outcome = CheckInAnswer::Outcome::ChangedToPresent;
        answer.previous = record.status;
        answer.at = now;
        return answer;
    }
    // Non-ASN are never invited; they may attend, and are flagged like anyone not invited.
    const auto invited = m_attendance.invitesPerson(m_session, person.id);
    if (!invited)
        return invited.error();
    const bool counted = *invited;
    Attendance draft;
    draft.sessionId = m_session.id;
    draft.staffId = person.id;
    draft.status = AttendanceStatus::Hadir;
    draft.method = CaptureMethod::Desk;
    draft.capturedAt = now;
    draft.outsideTarget = !counted;
    const auto stored = m_attendance.insert(draft);
    if (!stored)
        return stored.error();
    count(*unit, counted, +1);
    m_undo.push_back({stored->id, std::nullopt, *unit, true});
    answer.outcome = counted ? CheckInAnswer::Outcome::Recorded : CheckInAnswer::Outcome::RecordedOutsideTarget;
    answer.at = now;
    return answer;
}

Result<CheckInAnswer> DeskCheckIn::recordWalkIn(const QString& nip, const QString& name)
{
    const auto parsed = Nip::parse(nip, m_session.date);
    if (!parsed)
        return parsed.error();
    if (name.simplified().isEmpty())
        return Error::invalid(tr("Type the name of the person who is not on the roster."));
    if (const auto known = m_staff.findByNip(parsed->digits()); known)
        return Error::conflict(tr("%1 is on the roster as %2.").arg(parsed->formatted(), known->name));
    if (const auto existing = m_attendance.findWalkIn(m_session.id, parsed->digits()); !existing)
        return existing.error();
    else if (*existing)
        return Error::conflict(tr("%1 is already recorded.").arg(parsed->formatted()));
    Attendance draft;
    draft.sessionId = m_session.id;
    draft.walkInNip = parsed->digits();
    draft.walkInName = name.simplified();
    draft.status = AttendanceStatus::Hadir;
    draft.method = CaptureMethod::Desk;
    draft.capturedAt = m_db.clock().now().toUTC();
    draft.outsideTarget = true;
    const auto stored = m_attendance.insert(draft);
    if (!stored)
        return stored.error();
    count(0, false, +1);
    m_undo.push_back({stored->id, std::nullopt, 0, true});
    CheckInAnswer answer;
    answer.outcome = CheckInAnswer::Outcome::RecordedOutsideTarget;
    answer.staff.name = draft.walkInName;
    answer.staff.nip = draft.walkInNip;
    answer.nip = draft.walkInNip;
    answer.at = draft.capturedAt;
    return answer;
}

Result<CheckInAnswer> DeskCheckIn::undoLast()
{
    CheckInAnswer answer;
    if (m_undo.isEmpty()) {
        answer.outcome = CheckInAnswer::Outcome::NothingToUndo;
        return answer;
    }
    const UndoStep step = m_undo.back();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(staff_id, 0), coalesce(walk_in_name, ''), coalesce(walk_in_nip, ''),"
                             " outside_target FROM attendance WHERE id = ?"));
    q.addBindValue(step.attendanceId);
    if (!q.exec() || !q.next())
        return Error::database(q.lastError().databaseText());
    const qint64 staffId = q.value(0).toLongLong();
    const bool invited = !q.value(3).toBool();
    if (staffId != 0) {
        if (auto person = m_staff.findById(staffId); person)
            answer.staff = *person;
    } else {
        answer.staff.name = q.value(1).toString();
        answer.staff.nip = q.value(2).toString();
    }
    const Status undone = step.before
        ? m_attendance.changeStatus(step.attendanceId, step.before->status, step.before->method, step.before->capturedAt)
        : m_attendance.voidRecord(step.attendanceId, tr("Check-in undone at the desk"));
    if (!undone)
        return undone.error();
    m_undo.pop_back();
    count(step.unitId, invited, -1);
    answer.outcome = CheckInAnswer::Outcome::Undone;
    answer.unitName = unitName(step.unitId);
    return answer;
}

int DeskCheckIn::presentInvited() const
{
    int present = 0;
    for (const UnitTally& tally : m_tallies)
        present += tally.present;
    return present;
}

int DeskCheckIn::invited() const
{
    int target = 0;
    for (const UnitTally& tally : m_tallies)
        target += tally.target;
    return target;
}

void DeskCheckIn::count(qint64 unitId, bool invited, int delta)
{
    if (invited) {
        for (UnitTally& tally : m_tallies) {
            if (tally.unitId == unitId) {
                tally.present += delta;
                return;
            }
        }
    }
    m_presentNotInvited += delta;
}

QString DeskCheckIn::unitName(qint64 unitId) const
{
    return m_unitNames.value(unitId);
}

} // namespace netra
