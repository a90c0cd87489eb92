// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace netra {

// A perangkat daerah (top level: a row of every report) or, with a parent, a unit kerja
// under it. Codes are stored as given, never parsed.
struct WorkUnit {
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString abbreviation;
    QString kind; // one of UnitKind's codes
    qint64 parentId = 0;
    QString parentCode;
    // The head recorded for today, if any (see UnitHead for the dated history).
    qint64 headStaffId = 0;
    QString headNip;
    QString headName;
};

// What a unit's name is matched on when a roster names it: case ignored, spaces trimmed and
// collapsed. Nothing looser (no abbreviations, no near matches): a wrong unit is worse than
// a rejected row.
inline QString unitNameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

// One dated term of a unit's head (kepala perangkat daerah).
struct UnitHead {
    qint64 unitId = 0;
    qint64 staffId = 0;
    QDate from;
    QDate to; // null while current
};

} // namespace netra
