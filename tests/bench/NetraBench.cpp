// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the speed table recorded in docs/benchmarks.md. Each figure is the median of
// several runs on freshly generated demo data. --quick skips the million-staff rows,
// --no-demo skips the timings of the million-staff demo itself, --only demo|roster|pledges|
// export|compliance|import runs only those rows (roster: the demo's units, staff and
// assignments alone; all but demo and roster on a fresh million-staff file, or on the demo
// file named by --db FILE).
#include "AttendanceBench.h"
#include "BenchTable.h"
#include "ComplianceBench.h"
#include "ExportBench.h"
#include "ImportBench.h"

#include "core/Clock.h"
#include "core/DemoKabupaten.h"
#include "core/Nip.h"
#include "core/StaffQuery.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace netra;

namespace {

const FixedClock benchClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));

std::unique_ptr<Database> freshDatabase(const QTemporaryDir& dir, const QString& name)
{
    Database::Options options;
    options.create = true;
    options.clock = &benchClock;
    auto db = Database::open(dir.filePath(name), options);
    if (!db) {
        QTextStream(stderr) << db.error().message << "\n";
        std::exit(3);
    }
    return std::move(*db);
}

double demoSeconds(int staff, DemoSeeder::Scope scope)
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, QStringLiteral("demo.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoSeeder(*db).seed(staff, 1, {}, scope);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!counts || counts->staff != staff) {
        QTextStream(stderr) << "demo failed\n";
        std::exit(3);
    }
    return seconds;
}

QStringList demoNips(int count)
{
    QStringList nips;
    nips.reserve(count);
    DemoKabupaten(3).generateStaff(count, [&](const DemoKabupaten::Person& p) { nips << p.staff.nip; return true; });
    return nips;
}

} // namespace

int main(int argc, char* argv[])
{
    // PDF output (the daftar hadir row) needs a QGuiApplication; no display is used.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // --no-demo: skip the five million-staff demo runs (the lookups still seed one file).
    const bool noDemo = app.arguments().contains(QStringLiteral("--no-demo"));
    // --only pledges|export|compliance|import: only those rows, on a fresh million-staff file.
    const qsizetype onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? app.arguments().value(onlyAt + 1) : QString();
    const int runs = 5;
    BenchTable table(runs);
    table.printHeader();

    // --only roster: the demo's units, staff and assignments alone.
    const bool rosterOnly = only == QLatin1String("roster");
    if (only.isEmpty() || only == QLatin1String("demo") || rosterOnly)
        table.add(QStringLiteral("demo: units, staff, assignments"), QStringLiteral("20,000 staff"), QStringLiteral("s"),
                  [] { return demoSeconds(20'000, DemoSeeder::Scope::Roster); });
    if (only.isEmpty() || only == QLatin1String("demo")) {
        table.add(QStringLiteral("demo: all (+ sessions, attendance, pledges, cases)"), QStringLiteral("20,000 staff"),
                  QStringLiteral("s"), [] { return demoSeconds(20'000, DemoSeeder::Scope::Everything); });
    }
    if (only.isEmpty()) {
        const QStringList nips = demoNips(200'000);
        table.add(QStringLiteral("NIP validation (Nip::parse)"), QStringLiteral("200,000 NIPs"), QStringLiteral("µs/NIP"), [&] {
            QElapsedTimer timer;
            timer.start();
            int valid = 0;
            for (const QString& nip : nips)
                valid += Nip::parse(nip, benchClock.today()).ok() ? 1 : 0;
            const double us = timer.nsecsElapsed() / 1e3 / nips.size();
            if (valid != nips.size())
                std::exit(3);
            return us;
        });

        addAttendanceSheetRow(table, benchClock);
    }
    if (only.isEmpty() || only == QLatin1String("compliance")) {
        QTemporaryDir smallDir;
        auto small = freshDatabase(smallDir, QStringLiteral("kabupaten.sqlite"));
        if (!DemoSeeder(*small).seed(20'000, 1))
            return 3;
        addComplianceRow(table, *small, QStringLiteral("20,000 staff"));
        addComplianceReportRow(table, *small, QStringLiteral("20,000 staff, 44 units"));
    }

    if (only.isEmpty() || only == QLatin1String("import")) {
        QTemporaryDir smallDir;
        auto small = freshDatabase(smallDir, QStringLiteral("kabupaten.sqlite"));
        if (!DemoSeeder(*small).seed(20'000, 1))
            return 3;
        addImportRows(table, *small, QStringLiteral("20,000 staff"), true);
    }

    if (quick)
        return 0;

    if (!noDemo && (only.isEmpty() || only == QLatin1String("demo") || rosterOnly))
        table.add(QStringLiteral("demo: units, staff, assignments"), QStringLiteral("1,000,000 staff"), QStringLiteral("s"),
                  [] { return demoSeconds(1'000'000, DemoSeeder::Scope::Roster); });
    if (!noDemo && (only.isEmpty() || only == QLatin1String("demo"))) {
        table.add(QStringLiteral("demo: all (+ sessions, attendance, pledges, cases)"), QStringLiteral("1,000,000 staff"),
                  QStringLiteral("s"), [] { return demoSeconds(1'000'000, DemoSeeder::Scope::Everything); });
    }
    if (only == QLatin1String("demo") || rosterOnly)
        return 0;

    // --db FILE: the million-staff rows on an existing demo file instead of a fresh one.
    const qsizetype dbAt = app.arguments().indexOf(QStringLiteral("--db"));
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    if (dbAt >= 0) {
        auto opened = Database::open(app.arguments().value(dbAt + 1));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 3;
        }
        db = std::move(opened).value();
    } else {
        db = freshDatabase(dir, QStringLiteral("lookup.sqlite"));
        if (!DemoSeeder(*db).seed(1'000'000, 1))
            return 3;
    }
    if (only == QLatin1String("pledges")) {
        addPledgeRows(table, *db);
        return 0;
    }
    if (only == QLatin1String("export")) {
        addExportRows(table, *db);
        return 0;
    }
    if (only == QLatin1String("compliance")) {
        addComplianceRow(table, *db, QStringLiteral("1,000,000 staff"));
        return 0;
    }
    // Three runs: each writes a million people.
    BenchTable threeRuns(3);
    if (only == QLatin1String("import")) {
        addImportRows(threeRuns, *db, QStringLiteral("1,000,000 staff"), false);
        return 0;
    }
    StaffRepository staff(*db);
    QStringList all;
    all.reserve(1'000'000);
    if (!staff.forEach({}, [&](const Staff& s) { all << s.nip; }))
        return 3;
    QRandomGenerator random(42);
    table.add(QStringLiteral("NIP lookup (StaffRepository::findByNip)"), QStringLiteral("1,000,000 staff"), QStringLiteral("µs/lookup"),
              [&] {
                  const int lookups = 20'000;
                  QElapsedTimer timer;
                  timer.start();
                  for (int i = 0; i < lookups; ++i) {
                      if (!staff.findByNip(all.at(random.bounded(int(all.size())))))
                          std::exit(3);
                  }
                  return timer.nsecsElapsed() / 1e3 / lookups;
              });

    // Search as you type on the Pegawai page: the first window (200 rows) of a keystroke's
    // query, ids in display order and then the rows themselves.
    const auto firstWindow = [&](const QStringList& texts) {
        QElapsedTimer timer;
        timer.start();
        for (const QString& text : texts) {
            StaffQuery query;
            query.text = text;
            const auto ids = StaffSearchRepository(*db).ids(query, 200);
            if (!ids || ids->isEmpty() || !staff.findByIds(*ids))
                std::exit(3);
        }
        return timer.nsecsElapsed() / 1e6 / texts.size();
    };
    table.add(QStringLiteral("search: first 200 of a name fragment"), QStringLiteral("1,000,000 staff"), QStringLiteral("ms/keystroke"),
              [&] { return firstWindow({QStringLiteral("agus"), QStringLiteral("sari"), QStringLiteral("wati"),
                                        QStringLiteral("hidayat"), QStringLiteral("rahmawati"), QStringLiteral("nur")}); });
    table.add(QStringLiteral("search: first 200 of a NIP prefix"), QStringLiteral("1,000,000 staff"), QStringLiteral("ms/keystroke"),
              [&] { return firstWindow({QStringLiteral("1987"), QStringLiteral("1987 03"), QStringLiteral("19900101"),
                                        QStringLiteral("2001")}); });
    table.add(QStringLiteral("search: every id of a name fragment"), QStringLiteral("1,000,000 staff"), QStringLiteral("ms"), [&] {
        QElapsedTimer timer;
        timer.start();
        StaffQuery query;
        query.text = QStringLiteral("sari");
        if (!StaffSearchRepository(*db).ids(query))
            std::exit(3);
        return timer.nsecsElapsed() / 1e6;
    });
    table.add(QStringLiteral("roster: every id in name order"), QStringLiteral("1,000,000 staff"), QStringLiteral("ms"), [&] {
        QElapsedTimer timer;
        timer.start();
        const auto ids = StaffSearchRepository(*db).ids({});
        if (!ids || ids->size() != 1'000'000)
            std::exit(3);
        return timer.nsecsElapsed() / 1e6;
    });
    addDeskAndImportRows(table, *db, all);
    addPledgeRows(table, *db);
    addExportRows(table, *db);
    addComplianceRow(table, *db, QStringLiteral("1,000,000 staff"));
    addImportRows(threeRuns, *db, QStringLiteral("1,000,000 staff"), false);
    return 0;
}
