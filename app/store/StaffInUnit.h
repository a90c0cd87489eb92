// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>

namespace netra {

// A person as the attendance and pledge lists show them: who, and in which unit on the day
// the list is about.
struct StaffInUnit {
    qint64 staffId = 0; // 0 for a walk-in
    QString nip;
    QString name;
    QString position;
    qint64 unitId = 0; // 0 when none
    QString unitCode;
    QString unitName;

    // Reads the seven columns staff id, nip, name, position, unit id, unit code, unit name
    // in that order, from column `first` on.
    void readFrom(const QSqlQuery& q, int first = 0)
    {
        staffId = q.value(first).toLongLong();
        nip = q.value(first + 1).toString();
        name = q.value(first + 2).toString();
        position = q.value(first + 3).toString();
        unitId = q.value(first + 4).toLongLong();
        unitCode = q.value(first + 5).toString();
        unitName = q.value(first + 6).toString();
    }
};

} // namespace netra
