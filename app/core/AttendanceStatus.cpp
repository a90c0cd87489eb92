// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceStatus.h"

namespace netra {

const QList<AttendanceStatus>& AttendanceStatusText::all()
{
    static const QList<AttendanceStatus> statuses{AttendanceStatus::Hadir, AttendanceStatus::Izin,
                                                  AttendanceStatus::Sakit, AttendanceStatus::DinasLuar,
                                                  AttendanceStatus::Alpa};
    return statuses;
}

QString AttendanceStatusText::code(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Hadir: return QStringLiteral("hadir");
    case AttendanceStatus::Izin: return QStringLiteral("izin");
    case AttendanceStatus::Sakit: return QStringLiteral("sakit");
    case AttendanceStatus::DinasLuar: return QStringLiteral("dinas_luar");
    case AttendanceStatus::Alpa: return QStringLiteral("alpa");
    }
    return {};
}

std::optional<AttendanceStatus> AttendanceStatusText::fromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (const AttendanceStatus status : all())
        if (AttendanceStatusText::code(status) == wanted)
            return status;
    return std::nullopt;
}

QString AttendanceStatusText::label(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Hadir: return QStringLiteral("Hadir");
    case AttendanceStatus::Izin: return QStringLiteral("Izin");
    case AttendanceStatus::Sakit: return QStringLiteral("Sakit");
    case AttendanceStatus::DinasLuar: return QStringLiteral("Dinas Luar");
    case AttendanceStatus::Alpa: return QStringLiteral("Tanpa Keterangan");
    }
    return {};
}

QString AttendanceStatusText::shortLabel(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Hadir: return QStringLiteral("H");
    case AttendanceStatus::Izin: return QStringLiteral("I");
    case AttendanceStatus::Sakit: return QStringLiteral("S");
    case AttendanceStatus::DinasLuar: return QStringLiteral("DL");
    case AttendanceStatus::Alpa: return QStringLiteral("TK");
    }
    return {};
}

QString AttendanceStatusText::displayName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Hadir: return tr("Present");
    case AttendanceStatus::Izin: return tr("Excused");
    case AttendanceStatus::Sakit: return tr("Sick");
    case AttendanceStatus::DinasLuar: return tr("Official duty");
    case AttendanceStatus::Alpa: return tr("Absent");
    }
    return {};
}

QString AttendanceStatusText::code(CaptureMethod method)
{
    switch (method) {
    case CaptureMethod::Desk: return QStringLiteral("desk");
    case CaptureMethod::Bulk: return QStringLiteral("bulk");
    case CaptureMethod::Import: return QStringLiteral("import");
    }
    return {};
}

std::optional<CaptureMethod> AttendanceStatusText::methodFromCode(const QString& code)
{
    for (const CaptureMethod method : {CaptureMethod::Desk, CaptureMethod::Bulk, CaptureMethod::Import})
        if (AttendanceStatusText::code(method) == code)
            return method;
    return std::nullopt;
}

QString AttendanceStatusText::displayName(CaptureMethod method)
{
    switch (method) {
    case CaptureMethod::Desk: return tr("Desk");
    case CaptureMethod::Bulk: return tr("Bulk");
    case CaptureMethod::Import: return tr("Import");
    }
    return {};
}

} // namespace netra
