// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceExporter.h"

#include "ExportedNip.h"

#include "store/Database.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"

namespace netra {

QStringList AttendanceExporter::columns()
{
    return {QStringLiteral("Sosialisasi"), QStringLiteral("Tanggal"),   QStringLiteral("NIP"),
            QStringLiteral("Nama"),        QStringLiteral("Kode Unit"), QStringLiteral("Status"),
            QStringLiteral("Waktu"),       QStringLiteral("Cara")};
}

QString AttendanceExporter::methodLabel(CaptureMethod method)
{
    switch (method) {
    case CaptureMethod::Desk: return QStringLiteral("Meja Registrasi");
    case CaptureMethod::Bulk: return QStringLiteral("Massal");
    case CaptureMethod::Import: return QStringLiteral("Impor Formulir");
    }
    return {};
}

QList<SheetCell> AttendanceExporter::cells(const Session& session, const AttendanceEntry& entry, const RegionTime& clock,
                                           const Options& options)
{
    const Attendance& record = *entry.record;
    return {SheetCell::fromText(session.title),
            SheetCell::fromDate(session.date),
            SheetCell::fromText(exportedNip(entry.nip, options.maskNip)),
            SheetCell::fromText(entry.name),
            SheetCell::fromText(entry.unitCode),
            SheetCell::fromText(AttendanceStatusText::label(record.status)),
            SheetCell::fromText(record.capturedAt.isValid() ? clock.clockText(record.capturedAt) : QString()),
            SheetCell::fromText(methodLabel(record.method))};
}

Result<qint64> AttendanceExporter::write(const QString& path, SheetOutput::Format format, const Options& options) const
{
    const auto sessions = SessionRepository(m_db).list(options.periodId);
    if (!sessions)
        return sessions.error();
    const RegionTime clock = SettingsRepository(m_db).regionTime();
    auto output = SheetOutput::create(path, format, options.xlsxLibrary);
    if (!output)
        return output.error();
    if (Status added = (*output)->addSheet(QStringLiteral("Kehadiran"), columns()); !added)
        return added.error();
    // One session's records at a time: a session holds at most its invited units' staff.
    AttendanceRepository attendance(m_db);
    qint64 rows = 0;
    for (const Session& session : *sessions) {
        const auto records = attendance.records(session);
        if (!records)
            return records.error();
        for (const AttendanceEntry& entry : *records) {
            if (!entry.record)
                continue;
            if (Status written = (*output)->writeRow(cells(session, entry, clock, options)); !written)
                return written.error();
            ++rows;
        }
    }
    if (Status finished = (*output)->finish(); !finished)
        return finished.error();
    return rows;
}

} // namespace netra
