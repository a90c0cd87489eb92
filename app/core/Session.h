// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace netra {

// A sosialisasi: one neutrality briefing of an election period for some or all units.
struct Session {
    qint64 id = 0;
    QString uuid;
    qint64 periodId = 0;
    QString periodName; // filled by queries
    QString title;
    QDate date;
    QTime start; // null: not set
    QTime end;
    QString venue;
    QString speakers; // narasumber, as written ("Ketua Bawaslu; Inspektur")
    QString organiser; // penyelenggara; signs the daftar hadir under "Mengetahui,"
    QString notes;
    QStringList targetUnitCodes; // empty: every unit
    QDateTime closedAt; // UTC; null while open

    bool targetsAllUnits() const { return targetUnitCodes.isEmpty(); }
    bool closed() const { return closedAt.isValid(); }
};

} // namespace netra
