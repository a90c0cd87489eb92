// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBench.h"

#include "BenchSupport.h"

#include "io/StaffExporter.h"
#include "io/StaffImporter.h"
#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace netra {

namespace {

qint64 exportRoster(Database& source, const QString& path, StaffExporter::Format format)
{
    StaffExporter::Options options;
    options.personalData = true;
    const auto rows = StaffExporter(source).write(path, format, options);
    if (!rows)
        abortBench(rows.error().message);
    return *rows;
}

// The file the runs copy: the source's work units and nobody.
void writeUnitsOnly(Database& source, const QString& path)
{
    Database::Options options;
    options.create = true;
    options.clock = &source.clock();
    auto target = Database::open(path, options);
    if (!target)
        abortBench(target.error().message);
    const auto units = WorkUnitRepository(source).list(source.clock().today());
    if (!units)
        abortBench(units.error().message);
    WorkUnitRepository added(**target);
    for (WorkUnit unit : *units) {
        unit.parentId = 0;
        if (const auto id = added.add(unit); !id)
            abortBench(id.error().message);
    }
}

} // namespace

void addImportRows(BenchTable& table, Database& source, const QString& data, bool xlsx)
{
    QTemporaryDir dir;
    const QString units = dir.filePath(QStringLiteral("units.sqlite"));
    writeUnitsOnly(source, units);
    const QString csv = dir.filePath(QStringLiteral("pegawai.csv"));
    const qint64 people = exportRoster(source, csv, StaffExporter::Format::Csv);
    const QString workbook = dir.filePath(QStringLiteral("pegawai.xlsx"));
    if (xlsx)
        exportRoster(source, workbook, StaffExporter::Format::Xlsx);

    // The export names the unit in "Nama Unit" and gives its code in "Unit Kerja".
    StaffImporter::Options options;
    options.useRememberedMapping = false;
    for (const QString& assignment : {QStringLiteral("Nama Unit=unit"), QStringLiteral("Unit Kerja=ignore")})
        if (Status applied = StaffColumnMap::applyOverride(options.overrides, assignment); !applied)
            abortBench(applied.error().message);

    const QString runFile = dir.filePath(QStringLiteral("run.sqlite"));
    QList<double> growth; // MiB per run
    const auto importSeconds = [&](const QString& file, bool again) {
        if (!again) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(runFile + suffix);
            if (!QFile::copy(units, runFile))
                abortBench(QStringLiteral("cannot copy the units' database"));
        }
        auto db = Database::open(runFile);
        if (!db)
            abortBench(db.error().message);
        const bool reset = resetPeak();
        const qint64 before = statusKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const auto summary = StaffImporter(**db).import(file, options);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!summary)
            abortBench(summary.error().message);
        if ((again ? summary->unchanged : summary->added) != people || summary->rejectedRows != 0)
            abortBench(QStringLiteral("imported %1 added, %2 unchanged, %3 rejected of %4")
                           .arg(summary->added)
                           .arg(summary->unchanged)
                           .arg(summary->rejectedRows)
                           .arg(people));
        const qint64 peak = statusKb("VmHWM");
        if (reset && before >= 0 && peak >= 0)
            growth << (peak - before) / 1024.0;
        return seconds;
    };
    const auto addPeakRow = [&](const QString& name) {
        if (growth.isEmpty())
            return;
        qsizetype next = 0;
        table.add(name + QStringLiteral(": peak memory added (VmHWM)"), data, QStringLiteral("MiB"),
                  [&] { return growth.at(next++ % growth.size()); });
        growth.clear();
    };

    if (xlsx) {
        table.add(QStringLiteral("staff import XLSX, new roster"), data, QStringLiteral("s"),
                  [&] { return importSeconds(workbook, false); });
        growth.clear();
        table.add(QStringLiteral("staff import XLSX again, nothing changed"), data, QStringLiteral("s"),
                  [&] { return importSeconds(workbook, true); });
        growth.clear();
    }
    table.add(QStringLiteral("staff import CSV, new roster"), data, QStringLiteral("s"),
              [&] { return importSeconds(csv, false); });
    addPeakRow(QStringLiteral("staff import CSV"));
}

} // namespace netra
