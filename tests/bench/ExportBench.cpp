// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBench.h"

#include "BenchSupport.h"
#include "BenchTable.h"

#include "io/StaffExporter.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace netra {

void addExportRows(BenchTable& table, Database& db)
{
    QTemporaryDir dir;
    QList<double> growth; // MiB per run
    const auto exportSeconds = [&](StaffExporter::Format format, const QString& name,
                                   const StaffExporter::Options& options = {}) {
        const bool reset = resetPeak();
        const qint64 before = statusKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const auto rows = StaffExporter(db).write(dir.filePath(name), format, options);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!rows)
            abortBench(rows.error().message);
        if (*rows < 1'000'000)
            abortBench(QStringLiteral("%1 rows exported").arg(*rows));
        const qint64 peak = statusKb("VmHWM");
        if (reset && before >= 0 && peak >= 0)
            growth << (peak - before) / 1024.0;
        return seconds;
    };
    // The figures of the runs just measured, one per run: peak resident memory over what the
    // process held when the export began.
    const auto addPeakRow = [&](const QString& name) {
        if (growth.isEmpty()) {
            QTextStream(stdout) << name << ": peak memory not measured (no /proc/self/clear_refs)\n";
            return;
        }
        qsizetype next = 0;
        table.add(name + QStringLiteral(": peak memory added (VmHWM)"), QStringLiteral("1,000,000 staff"),
                  QStringLiteral("MiB"), [&] { return growth.at(next++ % growth.size()); });
        growth.clear();
    };
    table.add(QStringLiteral("export staff XLSX (write and zip)"), QStringLiteral("1,000,000 staff"), QStringLiteral("s"),
              [&] { return exportSeconds(StaffExporter::Format::Xlsx, QStringLiteral("pegawai.xlsx")); });
    addPeakRow(QStringLiteral("export staff XLSX"));
    growth.clear();
    table.add(QStringLiteral("export staff CSV"), QStringLiteral("1,000,000 staff"), QStringLiteral("s"),
              [&] { return exportSeconds(StaffExporter::Format::Csv, QStringLiteral("pegawai.csv")); });
    growth.clear();

    // Last, since it maps the file as ExportJob maps its own connection, and the map stays.
    // As the Pegawai page's Export writes it: the whole roster in the table's name order,
    // found by the page's query and read by id in slices.
    if (Status mapped = db.mapIntoMemory(qint64(1) << 30); !mapped)
        abortBench(mapped.error().message);
    StaffExporter::Options asListed;
    asListed.query = StaffQuery{};
    table.add(QStringLiteral("export staff XLSX as the Pegawai page lists it"), QStringLiteral("1,000,000 staff"),
              QStringLiteral("s"), [&] {
                  return exportSeconds(StaffExporter::Format::Xlsx, QStringLiteral("pegawai-urut.xlsx"), asListed);
              });
    addPeakRow(QStringLiteral("export staff XLSX as listed"));
}

} // namespace netra
