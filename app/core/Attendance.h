// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceStatus.h"

#include <QDateTime>
#include <QString>

namespace netra {

// One person's record at one session. A walk-in (a valid NIP not on the roster yet) has no
// staff id but the NIP and name typed at the desk, until a roster import brings the person.
struct Attendance {
    qint64 id = 0;
    QString uuid;
    qint64 sessionId = 0;
    qint64 staffId = 0; // 0 for a walk-in
    QString walkInNip;
    QString walkInName;
    AttendanceStatus status = AttendanceStatus::Hadir;
    QDateTime capturedAt; // UTC
    CaptureMethod method = CaptureMethod::Desk;
    bool outsideTarget = false; // recorded although the person's unit was not invited

    bool walkIn() const { return staffId == 0; }
};

} // namespace netra
