// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"
#include "SheetOutput.h"

#include "core/Attendance.h"
#include "core/RegionTime.h"
#include "core/Result.h"
#include "core/Session.h"
#include "store/AttendanceRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace netra {

class Database;

// The attendance records in use of every session (of one period, or all) as one sheet
// "Kehadiran", session by session in date order, each session's records by unit and name.
// Headers and values are fixed Indonesian whatever the UI language; the time is the
// region's clock as paper writes it ("09.05"), so the file needs no time zone.
class AttendanceExporter {
    Q_DECLARE_TR_FUNCTIONS(AttendanceExporter)
public:
    struct Options {
        qint64 periodId = 0; // 0: every period
        bool maskNip = false;
        QString xlsxLibrary; // another libxlsxwriter file, for tests
    };

    explicit AttendanceExporter(Database& db) : m_db(db) {}

    // The number of records written.
    Result<qint64> write(const QString& path, SheetOutput::Format format, const Options& options) const;

    static QStringList columns();
    static QList<SheetCell> cells(const Session& session, const AttendanceEntry& entry, const RegionTime& clock,
                                  const Options& options);
    static QString methodLabel(CaptureMethod method); // "Meja Registrasi", "Massal", "Impor Formulir"

private:
    Database& m_db;
};

} // namespace netra
