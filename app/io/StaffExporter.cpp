// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffExporter.h"

#include "CsvWriter.h"
#include "XlsxSheetWriter.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/StaffSearchRepository.h"
#include "store/WorkUnitRepository.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace netra {

namespace {

// Named in Indonesian for the clerk and whoever the file is sent to; fixed, not translated.
const QString& sheetName()
{
    static const QString name = QStringLiteral("Pegawai");
    return name;
}

// Rows are streamed into `sink` until it fails or progress asks to stop.
using RowSink = std::function<Status(const QList<SheetCell>&)>;

// The people a search matches, in its order, read in slices so that memory stays flat.
Status forEachFound(Database& db, const StaffQuery& query, const std::function<bool(const Staff&)>& visit)
{
    const auto ids = StaffSearchRepository(db).ids(query);
    if (!ids)
        return ids.error();
    constexpr qsizetype kSlice = 1000;
    const StaffRepository staff(db);
    for (qsizetype from = 0; from < ids->size(); from += kSlice) {
        const auto rows = staff.findByIds(ids->mid(from, kSlice));
        if (!rows)
            return rows.error();
        for (const Staff& person : *rows) {
            if (!visit(person))
                return {};
        }
    }
    return {};
}

} // namespace

QStringList StaffExporter::columns(const Options& options)
{
    // "Jenis Pegawai", as the roster import reads it back.
    QStringList headers{QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Unit Kerja"),
                        QStringLiteral("Nama Unit"), QStringLiteral("Jenis Pegawai")};
    if (options.personalData)
        headers << QStringLiteral("Jenis Kelamin") << QStringLiteral("Tanggal Lahir");
    headers << QStringLiteral("Golongan") << QStringLiteral("Jabatan") << QStringLiteral("Aktif");
    return headers;
}

QString StaffExporter::maskedNip(const QString& nip)
{
    return nip.size() <= 4 ? nip : QString(nip.size() - 4, QLatin1Char('*')) + nip.right(4);
}

QList<SheetCell> StaffExporter::cells(const Staff& staff, const QString& unitName, const Options& options)
{
    const QString nip = staff.nip.isEmpty() ? staff.internalId : options.maskNip ? maskedNip(staff.nip) : staff.nip;
    QList<SheetCell> row{SheetCell::fromText(nip), SheetCell::fromText(staff.name), SheetCell::fromText(staff.unitCode),
                         SheetCell::fromText(unitName), SheetCell::fromText(staffKindCode(staff.kind))};
    if (options.personalData)
        row << SheetCell::fromText(staff.sex ? sexCode(*staff.sex) : QString()) << SheetCell::fromDate(staff.birthDate);
    row << SheetCell::fromText(staff.grade) << SheetCell::fromText(staff.position)
        << SheetCell::fromText(staff.active ? QStringLiteral("Ya") : QStringLiteral("Tidak"));
    return row;
}

Result<qint64> StaffExporter::write(const QString& path, Format format, const Options& options) const
{
    // Checked before any file is made: an unknown code would otherwise give an empty roster,
    // as if the unit had no staff.
    WorkUnitRepository units(m_db);
    const QDate today = m_db.clock().today();
    if (!options.filter.unitCode.isEmpty()) {
        if (const auto unit = units.findByCode(options.filter.unitCode, today); !unit)
            return unit.error();
    }
    const auto listed = units.list(today);
    if (!listed)
        return listed.error();
    QHash<qint64, QString> unitNames;
    for (const WorkUnit& unit : *listed)
        unitNames.insert(unit.id, unit.name);

    qint64 rows = 0;
    bool cancelled = false;
    const auto stream = [&](const RowSink& sink) -> Status {
        Status failed;
        const auto visit = [&](const Staff& staff) {
            if (!failed || cancelled)
                return false;
            failed = sink(cells(staff, unitNames.value(staff.unitId), options));
            if (!failed)
                return false;
            ++rows;
            if (options.progress && rows % 1000 == 0 && !options.progress(rows))
                cancelled = true;
            return !cancelled;
        };
        // forEach cannot be stopped: after an error or a cancel the remaining rows pass unwritten.
        const Status read = options.query
            ? forEachFound(m_db, *options.query, visit)
            : StaffRepository(m_db).forEach(options.filter, [&](const Staff& staff) { visit(staff); });
        if (!read)
            return read;
        if (!failed)
            return failed;
        if (cancelled)
            return Error::cancelled(tr("The export was cancelled; no file was written."));
        return {};
    };

    if (format == Format::Xlsx) {
        auto writer = XlsxSheetWriter::create(path, options.xlsxLibrary);
        if (!writer)
            return writer.error();
        QList<XlsxSheetWriter::Column> sheetColumns;
        for (const QString& header : columns(options))
            sheetColumns.append({header, 0});
        if (Status added = (*writer)->addSheet(sheetName(), sheetColumns); !added)
            return added.error();
        if (Status written = stream([&](const QList<SheetCell>& cells) { return (*writer)->writeRow(cells); }); !written)
            return written.error();
        if (Status finished = (*writer)->finish(); !finished)
            return finished.error();
        return rows;
    }

    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    {
        CsvWriter csv(&file);
        csv.writeHeader(columns(options));
        QStringList fields;
        const Status written = stream([&](const QList<SheetCell>& cells) {
            fields.clear();
            for (const SheetCell& cell : cells)
                fields.append(cell.plainText());
            csv.writeRow(fields);
            return Status();
        });
        if (!written) {
            file.cancelWriting();
            return written.error();
        }
        if (Status finished = csv.finish(); !finished) {
            file.cancelWriting();
            return finished.error();
        }
    }
    if (!file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return rows;
}

} // namespace netra
