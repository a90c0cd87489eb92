// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceBench.h"

#include "BenchSupport.h"
#include "BenchTable.h"

#include "core/Clock.h"
#include "core/DemoKabupaten.h"
#include "io/AttendanceImporter.h"
#include "io/AttendanceSheet.h"
#include "store/Database.h"
#include "store/DeskCheckIn.h"
#include "store/ElectionPeriodRepository.h"
#include "store/PledgeRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace netra {

namespace {

// A new all-units session of Pilkada 2024 (the demo's second period), so every run writes.
Session newSession(Database& db, int run)
{
    const auto period = ElectionPeriodRepository(db).findByName(QStringLiteral("Pilkada 2024"));
    if (!period)
        abortBench(period.error().message);
    Session draft;
    draft.periodId = period->id;
    draft.title = QStringLiteral("Bench %1").arg(run);
    draft.date = QDate(2024, 11, 20);
    draft.start = QTime(8, 0);
    const auto session = SessionRepository(db).add(draft);
    if (!session)
        abortBench(session.error().message);
    return *session;
}

// "1987 0315 2010 1210 02" as a scanner or a form leaves it.
QString spaced(const QString& nip)
{
    return nip.left(4) + QLatin1Char(' ') + nip.mid(4, 4) + QLatin1Char(' ') + nip.mid(8, 6) + QLatin1Char(' ') + nip.mid(14);
}

} // namespace

void addDeskAndImportRows(BenchTable& table, Database& db, const QStringList& nips)
{
    QRandomGenerator random(7);
    int run = 0;
    table.add(QStringLiteral("desk: open a session (per-unit counters)"), QStringLiteral("1,000,000 staff"),
              QStringLiteral("ms"), [&] {
                  const Session session = newSession(db, ++run);
                  QElapsedTimer timer;
                  timer.start();
                  if (!DeskCheckIn::open(db, session.id))
                      abortBench(QStringLiteral("desk open"));
                  return timer.nsecsElapsed() / 1e6;
              });
    // Lookup, write and the answer the screen shows, per scan; the 99th percentile of 1,000.
    table.add(QStringLiteral("desk: one check-in, 99th percentile"), QStringLiteral("1,000,000 staff"),
              QStringLiteral("ms"), [&] {
                  const Session session = newSession(db, ++run);
                  auto desk = DeskCheckIn::open(db, session.id);
                  if (!desk)
                      abortBench(desk.error().message);
                  QList<double> times;
                  for (int i = 0; i < 1000; ++i) {
                      const QString nip = spaced(nips.at(random.bounded(int(nips.size()))));
                      QElapsedTimer timer;
                      timer.start();
                      const auto answer = (*desk)->checkIn(nip);
                      if (!answer)
                          abortBench(answer.error().message);
                      times.push_back(timer.nsecsElapsed() / 1e6);
                  }
                  std::sort(times.begin(), times.end());
                  return times.at(int(times.size() * 0.99) - 1);
              });

    // A Google Forms export: 1,000 rows, day-first timestamps, NIPs typed with spaces, a few
    // name-only rows and repeated submissions.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("responses.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            abortBench(path);
        QTextStream out(&file);
        out << "Timestamp,Nama Lengkap,NIP,Unit Kerja\n";
        StaffRepository staff(db);
        for (int i = 0; i < 1000; ++i) {
            const QString nip = nips.at(random.bounded(int(nips.size())));
            const auto person = staff.findByNip(nip);
            if (!person)
                abortBench(nip);
            const QString stamp = QStringLiteral("20/11/2024 8:%1:%2").arg(i / 60 % 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0'));
            const bool nameOnly = i % 20 == 0;
            out << stamp << ",\"" << person->bareName << "\"," << (nameOnly ? QString() : spaced(nip)) << ",\n";
        }
    }
    table.add(QStringLiteral("attendance import: Google Forms CSV"), QStringLiteral("1,000 rows, 1,000,000 staff"),
              QStringLiteral("s"), [&] {
                  const Session session = newSession(db, ++run);
                  QElapsedTimer timer;
                  timer.start();
                  const auto result = AttendanceImporter(db).import(session.id, path);
                  const double seconds = timer.nsecsElapsed() / 1e9;
                  if (!result || result->matched < 900)
                      abortBench(QStringLiteral("import"));
                  return seconds;
              });
}

void addAttendanceSheetRow(BenchTable& table, const Clock& clock)
{
    QTemporaryDir dir;
    Database::Options options;
    options.create = true;
    options.clock = &clock;
    auto opened = Database::open(dir.filePath(QStringLiteral("sheet.sqlite")), options);
    if (!opened)
        abortBench(opened.error().message);
    Database& db = **opened;
    WorkUnit unit;
    unit.code = QStringLiteral("1.01.01");
    unit.name = QStringLiteral("Dinas Pendidikan dan Kebudayaan");
    unit.kind = QStringLiteral("dinas");
    if (!WorkUnitRepository(db).add(unit))
        abortBench(QStringLiteral("unit"));
    StaffRepository staff(db);
    int added = 0;
    DemoKabupaten(5).generateStaff(600, [&](const DemoKabupaten::Person& p) {
        if (staff.add(p.staff, unit.code, QDate(2020, 1, 2)))
            ++added;
        return true;
    });
    ElectionPeriod period;
    period.name = QStringLiteral("Pilkada 2024");
    period.kind = ElectionKind::Pilkada;
    period.start = QDate(2024, 9, 25);
    period.votingDay = QDate(2024, 11, 27);
    period.end = QDate(2024, 12, 16);
    const auto periodId = ElectionPeriodRepository(db).add(period);
    if (!periodId)
        abortBench(periodId.error().message);
    Session draft;
    draft.periodId = *periodId;
    draft.title = QStringLiteral("Sosialisasi Netralitas ASN bagi Tenaga Pendidik");
    draft.date = QDate(2024, 10, 15);
    draft.start = QTime(8, 30);
    draft.venue = QStringLiteral("Aula Dinas Pendidikan dan Kebudayaan");
    draft.targetUnitCodes = {unit.code};
    const auto session = SessionRepository(db).add(draft);
    if (!session)
        abortBench(session.error().message);
    table.add(QStringLiteral("daftar hadir PDF (build, lay out, write)"), QStringLiteral("%1 people").arg(added),
              QStringLiteral("s"), [&] {
                  QElapsedTimer timer;
                  timer.start();
                  const auto sheet = AttendanceSheet::build(db, session->id, {});
                  if (!sheet)
                      abortBench(sheet.error().message);
                  if (!sheet->writePdf(dir.filePath(QStringLiteral("sheet.pdf"))))
                      abortBench(QStringLiteral("pdf"));
                  return timer.nsecsElapsed() / 1e9;
              });
}

void addPledgeRows(BenchTable& table, Database& db)
{
    const auto period = ElectionPeriodRepository(db).findByName(QStringLiteral("Pilkada 2024"));
    if (!period)
        abortBench(period.error().message);
    // The unsigned people of one large unit on voting day, taken 5,000 at a time: each run
    // signs people nobody signed before.
    const QDate day = period->votingDay;
    QSqlQuery unitQuery(db.connection());
    if (!unitQuery.exec(QStringLiteral("SELECT id FROM work_unit WHERE code = '1.01.01'")) || !unitQuery.next())
        abortBench(QStringLiteral("unit"));
    const qint64 unitId = unitQuery.value(0).toLongLong();
    PledgeRepository pledges(db);
    table.add(QStringLiteral("pledges: mark a selection signed"), QStringLiteral("5,000 staff, 1,000,000 staff"),
              QStringLiteral("s"), [&] {
                  const auto owed = pledges.obligations(*period, PledgeKind::Ikrar, day, {unitId, Signing::Unsigned, 5000});
                  if (!owed || owed->entries.size() != 5000)
                      abortBench(QStringLiteral("unsigned"));
                  QList<qint64> ids;
                  for (const PledgeEntry& e : owed->entries)
                      ids.push_back(e.staffId);
                  PledgeDraft draft;
                  draft.signedOn = day;
                  QElapsedTimer timer;
                  timer.start();
                  const auto counts = pledges.record(*period, draft, ids);
                  const double seconds = timer.nsecsElapsed() / 1e9;
                  if (!counts || counts->recorded != 5000)
                      abortBench(QStringLiteral("record"));
                  return seconds;
              });
    // A unit of a size a large Pemda has (Sekretariat Daerah, about 20,000 people in the
    // demo) and the demo's outsized education office (more than half of everyone).
    for (const QString& code : {QStringLiteral("4.01.01"), QStringLiteral("1.01.01")}) {
        QSqlQuery sizeQuery(db.connection());
        if (!sizeQuery.exec(QStringLiteral("SELECT u.id, count(*) FROM work_unit u JOIN assignment a ON a.unit_id = u.id"
                                           " AND a.end_date IS NULL AND a.voided_at IS NULL WHERE u.code = '%1'")
                                .arg(code))
            || !sizeQuery.next())
            abortBench(QStringLiteral("unit size"));
        const qint64 id = sizeQuery.value(0).toLongLong();
        const QString size = QLocale(QLocale::English).toString(sizeQuery.value(1).toLongLong());
        table.add(QStringLiteral("pledges: count and first 200 unsigned of a unit"),
                  QStringLiteral("unit of %1, 1,000,000 staff").arg(size), QStringLiteral("ms"), [&] {
                      QElapsedTimer timer;
                      timer.start();
                      const auto first = pledges.obligations(*period, PledgeKind::Ikrar, day, {id, Signing::Unsigned, 200});
                      if (!first || first->entries.size() != 200 || first->total < 200)
                          abortBench(QStringLiteral("unsigned list"));
                      return timer.nsecsElapsed() / 1e6;
                  });
    }
}

} // namespace netra
