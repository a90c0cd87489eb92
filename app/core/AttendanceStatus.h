// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace netra {

// Status of one person at one sosialisasi (DOMAIN.md §10). Only Hadir counts as attended.
enum class AttendanceStatus { Hadir, Izin, Sakit, DinasLuar, Alpa };

// How a record came in: at the registration desk, set for many at once (CLI list, a selection,
// closing the session), or read from a form export.
enum class CaptureMethod { Desk, Bulk, Import };

class AttendanceStatusText {
    Q_DECLARE_TR_FUNCTIONS(AttendanceStatusText)
public:
    static const QList<AttendanceStatus>& all();
    static QString code(AttendanceStatus status);   // "dinas_luar"
    static std::optional<AttendanceStatus> fromCode(const QString& code);
    static QString label(AttendanceStatus status);  // paper form, always Indonesian: "Dinas Luar"
    static QString shortLabel(AttendanceStatus status); // "DL"
    static QString displayName(AttendanceStatus status); // translated, for the screen

    static QString code(CaptureMethod method);      // "desk", "bulk", "import"
    static std::optional<CaptureMethod> methodFromCode(const QString& code);
    static QString displayName(CaptureMethod method);
};

} // namespace netra
