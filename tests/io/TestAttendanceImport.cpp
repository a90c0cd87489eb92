// SPDX-License-Identifier: GPL-3.0-or-later
// AttendanceImporter on a noisy Google Forms export (CSV and its XLSX twin): each matching
// rule, the time kept, what is never written, and the column detection it rests on.
#include "AttendanceImportFixture.h"

#include "../store/StoreTestSupport.h"

#include "core/AttendanceColumnMap.h"
#include "core/NameMatch.h"
#include "io/AttendanceImporter.h"
#include "io/AttendanceRejectWriter.h"
#include "io/RowSource.h"
#include "store/AttendanceRepository.h"
#include "store/SettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NETRA_TEST_DATA "/import/") + name;
}

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

const UnmatchedAttendanceRow* unmatchedRow(const AttendanceImportResult& result, int row)
{
    for (const UnmatchedAttendanceRow& r : result.unmatched)
        if (r.row == row)
            return &r;
    return nullptr;
}

QList<qint64> candidateIds(const UnmatchedAttendanceRow& row)
{
    QList<qint64> ids;
    for (const StaffCandidate& c : row.candidates)
        ids << c.staffId;
    return ids;
}

} // namespace

class TestAttendanceImport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsDetected_data();
    void columnsDetected();
    void namePickRules();

    void googleFormsExport_data();
    void googleFormsExport();
    void invitedUnitsDecideNamesakes();
    void regionClockDecidesTheInstant();
    void repeatedImportChangesNothing();
    void earlierTimeFromALaterFileWins();
    void withoutTimestampColumnSessionStart();
    void noNipOrNameColumnRefused();
    void unknownSessionRefused();
    void unreadableFileRefused();
    void dryRunAndCancelWriteNothing();
    void confirmedCandidatesRecorded();
    void rejectsFileColumns();

private:
    qint64 id(const char* key) const { return m_roster.ids.value(QString::fromLatin1(key)); }
    qint64 count(const QString& sql) const { return scalar(m_db->connection(), sql); }
    QString attendanceDump() const
    {
        QString dump;
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, uuid, session_id, staff_id, walk_in_nip, status, captured_at, method, outside_target,"
               " voided_at, updated_at FROM attendance ORDER BY id"_s);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 11; ++i)
                cells << q.value(i).toString();
            dump += cells.join(u'|') + u'\n';
        }
        return dump;
    }
    QString writeCsv(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir->filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AttendanceRoster m_roster;
};

void TestAttendanceImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDb(m_dir->filePath(u"netra.sqlite"_s), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    m_roster = seedAttendanceRoster(*m_db);
    QVERIFY(m_roster.sessionId > 0);
}

void TestAttendanceImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAttendanceImport::columnsDetected_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("nip");
    QTest::addColumn<int>("name");
    QTest::addColumn<int>("timestamp");
    QTest::newRow("google forms") << QStringList{u"Timestamp"_s, u"Nama Lengkap"_s, u"NIP"_s, u"Unit Kerja"_s} << 2 << 1 << 0;
    QTest::newRow("indonesian forms") << QStringList{u"Stempel waktu"_s, u"NAMA"_s, u"NIP Baru"_s} << 2 << 1 << 0;
    QTest::newRow("cap waktu, nama pegawai")
        << QStringList{u"cap_waktu"_s, u"  Nama   Pegawai "_s, u"Nomor Induk Pegawai"_s} << 2 << 1 << 0;
    QTest::newRow("tanggal/waktu, nip/ni pppk")
        << QStringList{u"Tanggal / Waktu"_s, u"NIP/NI PPPK"_s, u"Nama"_s} << 1 << 2 << 0;
    QTest::newRow("waktu") << QStringList{u"No"_s, u"Waktu"_s, u"Nama"_s} << -1 << 2 << 1;
    QTest::newRow("questions mentioning the words")
        << QStringList{u"Timestamp"_s, u"Nama Jabatan"_s, u"Nama lengkap beserta gelar"_s, u"NIP (18 digit, tanpa spasi)"_s}
        << 3 << 2 << 0;
    QTest::newRow("a synonym beats a mention")
        << QStringList{u"NIP Atasan"_s, u"NIP (tanpa spasi)"_s, u"Nama Unit Kerja"_s, u"Nama lengkap (dengan gelar)"_s, u"nip"_s, u"Nama"_s}
        << 4 << 5 << -1;
    QTest::newRow("old NIP is not the NIP") << QStringList{u"NIP Lama"_s, u"Unit Kerja"_s} << -1 << -1 << -1;
    QTest::newRow("nothing") << QStringList{u"Timestamp"_s, u"Unit Kerja"_s, u"Tanda tangan"_s} << -1 << -1 << 0;
    QTest::newRow("snipped is not nip") << QStringList{u"Snippet"_s, u"Namanya"_s} << -1 << -1 << -1;
}

void TestAttendanceImport::columnsDetected()
{
    QFETCH(QStringList, headers);
    QFETCH(int, nip);
    QFETCH(int, name);
    QFETCH(int, timestamp);
    const AttendanceColumnMap map = AttendanceColumnMap::detect(headers);
    QCOMPARE(map.nip(), nip);
    QCOMPARE(map.name(), name);
    QCOMPARE(map.timestamp(), timestamp);
}

void TestAttendanceImport::namePickRules()
{
    const auto person = [](qint64 id, bool invited) {
        StaffCandidate c;
        c.staffId = id;
        c.invited = invited;
        return c;
    };
    QVERIFY(!pickByName({}, {}));
    QCOMPARE(pickByName({person(1, false)}, {})->staffId, 1); // the only bearer, invited or not
    QCOMPARE(pickByName({person(1, false), person(2, true)}, {person(2, true)})->staffId, 2);
    QVERIFY(!pickByName({person(1, true), person(2, true)}, {person(1, true), person(2, true)}));
    QVERIFY(!pickByName({person(1, false), person(2, false)}, {}));

    QCOMPARE(searchWords(u"m nur hidayatullah ali"_s), QStringList({u"hidayatullah"_s, u"nur"_s, u"ali"_s}));
    StaffCandidate a = person(1, false), b = person(2, true), c = person(3, false);
    a.nameKey = u"budi santoso"_s;
    b.nameKey = u"joko santoso"_s;
    c.nameKey = u"budi santoso wibowo"_s;
    const auto best = bestCandidates(u"budi santoso"_s, {b, a, c, a}, 3);
    QCOMPARE(best.size(), 3);
    QCOMPARE(best.at(0).staffId, 1); // two words shared, then by name
    QCOMPARE(best.at(1).staffId, 3);
    QCOMPARE(best.at(2).staffId, 2);
}

void TestAttendanceImport::googleFormsExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"google_forms_noisy.csv"_s;
    QTest::newRow("xlsx") << u"google_forms_noisy.xlsx"_s;
}

void TestAttendanceImport::googleFormsExport()
{
    QFETCH(QString, file);
    const qint64 staffBefore = count(u"SELECT count(*) FROM staff"_s);
    QList<std::pair<double, int>> progress;
    AttendanceImporter::Options options;
    options.progress = [&](double share, int rows) { progress.push_back({share, rows}); };
    const auto result = AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(file), options);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));

    QCOMPARE(result->rows, 15);
    QCOMPARE(result->matched, 9);
    QCOMPARE(result->byName, 4);
    QCOMPARE(result->duplicates, 2);
    QCOMPARE(result->unmatched.size(), 4);
    QCOMPARE(result->written.recorded, 9);
    QCOMPARE(result->written.changed, 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), std::make_pair(1.0, 15));

    // Who got a record, and when: each once, imported, hadir.
    AttendanceRepository attendance(*m_db);
    const auto session = SessionRepository(*m_db).findById(m_roster.sessionId);
    QVERIFY(session);
    const auto records = attendance.records(*session);
    QVERIFY(records);
    QSet<qint64> present;
    for (const AttendanceEntry& e : *records) {
        QVERIFY(e.record);
        QCOMPARE(e.record->status, AttendanceStatus::Hadir);
        QCOMPARE(e.record->method, CaptureMethod::Import);
        present.insert(e.staffId);
    }
    const QSet<qint64> expected = {id("agus"), id("siti"), id("joko"), id("rina"), id("dewi"),
                                   id("ahmad_kes"), id("hendra"), id("slamet"), id("bambang")};
    QCOMPARE(present, expected);
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 9);

    // The double submission keeps its earliest time: 09:05:12 WIB, though the 10:15:40 row
    // came first in the file.
    const auto agus = attendance.find(m_roster.sessionId, id("agus"));
    QVERIFY(agus && *agus);
    QCOMPARE((*agus)->capturedAt, utc(u"2023-11-28T02:05:12Z"_s));
    const auto siti = attendance.find(m_roster.sessionId, id("siti"));
    QCOMPARE((*siti)->capturedAt, utc(u"2023-11-28T02:07:30Z"_s));
    // An unreadable time: the session's start (08:00 WIB), with a warning on that row.
    const auto bambang = attendance.find(m_roster.sessionId, id("bambang"));
    QCOMPARE((*bambang)->capturedAt, utc(u"2023-11-28T01:00:00Z"_s));
    QCOMPARE(result->warnings.size(), 1);
    QCOMPARE(result->warnings.at(0).row, 15);
    QCOMPARE(result->warnings.at(0).value, u"kemarin pagi"_s);
    QCOMPARE(result->warnings.at(0).column, u"Timestamp"_s);
    // Recorded although not invited: flagged, never refused.
    QVERIFY((*attendance.find(m_roster.sessionId, id("joko")))->outsideTarget);
    QVERIFY((*attendance.find(m_roster.sessionId, id("slamet")))->outsideTarget);
    QVERIFY(!(*attendance.find(m_roster.sessionId, id("ahmad_kes")))->outsideTarget);
    // The namesakes left alone.
    for (const char* other : {"ahmad_kec", "nur_kes", "nur_dik", "slamet_old"})
        QVERIFY2(!*attendance.find(m_roster.sessionId, id(other)), other);

    // Walk-ins are never created, nor staff.
    QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE staff_id IS NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM staff"_s), staffBefore);

    // Unmatched rows: as written, with their reason and candidates.
    const auto* andi = unmatchedRow(*result, 6);
    QVERIFY(andi);
    QCOMPARE(andi->nip, u"199512122020121001"_s);
    QCOMPARE(andi->name, u"Andi Pratama"_s);
    QVERIFY2(andi->reason.contains(u"199512122020121001 is not on the roster"_s), qPrintable(andi->reason));
    QVERIFY2(andi->reason.contains(u"Nobody active on 2023-11-28 is named \"Andi Pratama\""_s), qPrintable(andi->reason));
    QVERIFY(andi->candidates.isEmpty());
    QCOMPARE(andi->at, utc(u"2023-11-28T02:15:02Z"_s));

    const auto* budi = unmatchedRow(*result, 8);
    QVERIFY(budi);
    QCOMPARE(candidateIds(*budi), QList<qint64>{id("joko")}); // shares "santoso"
    QCOMPARE(budi->candidates.at(0).nip, u"198012312005011007"_s);
    QCOMPARE(budi->candidates.at(0).unitName, u"Kecamatan Sukamaju"_s);

    const auto* nur = unmatchedRow(*result, 11);
    QVERIFY(nur);
    QVERIFY2(nur->reason.contains(u"Several people active on 2023-11-28 in invited units are named \"nur hidayah\""_s),
             qPrintable(nur->reason));
    QCOMPARE(candidateIds(*nur), QList<qint64>({id("nur_kes"), id("nur_dik")})); // same key, both invited: by id
    QCOMPARE(nur->candidates.at(0).name, u"Nur Hidayah, S.Kep"_s);
    QCOMPARE(nur->candidates.at(0).unitName, u"Dinas Kesehatan"_s);
    QVERIFY(nur->candidates.at(0).invited);

    const auto* yanto = unmatchedRow(*result, 13);
    QVERIFY(yanto);
    QCOMPARE(yanto->nip, u"1,98703E+17"_s);
    QVERIFY2(yanto->reason.startsWith(u"The NIP lost its last digits in a spreadsheet"_s), qPrintable(yanto->reason));
    QVERIFY2(yanto->reason.contains(u"named \"Yanto\""_s), qPrintable(yanto->reason));
}

void TestAttendanceImport::invitedUnitsDecideNamesakes()
{
    const QString path = writeCsv(u"names.csv"_s, "Nama\nAhmad Fauzi\nNur Hidayah\nSlamet Riyadi\n");
    SessionRepository sessions(*m_db);
    auto session = sessions.findById(m_roster.sessionId);
    QVERIFY(session);

    // Every unit invited: both Ahmad Fauzi are, so neither is picked; Slamet Riyadi still is
    // (his namesake was no longer active).
    session->targetUnitCodes.clear();
    QVERIFY(sessions.update(*session));
    AttendanceImporter::Options dry;
    dry.dryRun = true;
    auto all = AttendanceImporter(*m_db).import(m_roster.sessionId, path, dry);
    QVERIFY(all);
    QCOMPARE(all->matched, 1);
    QCOMPARE(all->present.at(0).staffId, id("slamet"));
    QCOMPARE(all->unmatched.size(), 2);
    QCOMPARE(candidateIds(all->unmatched.at(0)), QList<qint64>({id("ahmad_kes"), id("ahmad_kec")}));

    // Only the kecamatan invited: the kecamatan's Ahmad Fauzi is picked; neither Nur Hidayah is
    // invited, and the reason says so.
    session->targetUnitCodes = {u"7.01.01"_s};
    QVERIFY(sessions.update(*session));
    auto kecamatan = AttendanceImporter(*m_db).import(m_roster.sessionId, path, dry);
    QVERIFY(kecamatan);
    QCOMPARE(kecamatan->matched, 2);
    QCOMPARE(kecamatan->present.at(0).staffId, id("ahmad_kec"));
    QCOMPARE(kecamatan->unmatched.size(), 1);
    QCOMPARE(kecamatan->unmatched.at(0).reason,
             u"Several people active on 2023-11-28 are named \"Nur Hidayah\", none of them in an invited unit; confirm one."_s);
    QCOMPARE(kecamatan->unmatched.at(0).candidates.size(), 2);
    QVERIFY(!kecamatan->unmatched.at(0).candidates.at(0).invited);
}

void TestAttendanceImport::regionClockDecidesTheInstant()
{
    QVERIFY(SettingsRepository(*m_db).set(u"region.time_zone"_s, u"WITA"_s));
    QVERIFY(AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.csv"_s)));
    AttendanceRepository attendance(*m_db);
    QCOMPARE((*attendance.find(m_roster.sessionId, id("agus")))->capturedAt, utc(u"2023-11-28T01:05:12Z"_s));
    QCOMPARE((*attendance.find(m_roster.sessionId, id("bambang")))->capturedAt, utc(u"2023-11-28T00:00:00Z"_s));

    SpreadsheetCell text = SpreadsheetCell::fromText(u"28/11/2023 9.05"_s);
    QCOMPARE(AttendanceImporter::timestampInstant(text, u"WIT"_s), utc(u"2023-11-28T00:05:00Z"_s));
    SpreadsheetCell serial;
    serial.type = SpreadsheetCell::Type::Date;
    serial.date = QDate(2023, 11, 28);
    serial.number = 45258 + (9 * 3600 + 5 * 60 + 12) / 86400.0;
    QCOMPARE(AttendanceImporter::timestampInstant(serial, u"WIB"_s), utc(u"2023-11-28T02:05:12Z"_s));
    QVERIFY(!AttendanceImporter::timestampInstant(SpreadsheetCell::fromText(u"28/11/2023"_s), u"WIB"_s).isValid());
}

void TestAttendanceImport::repeatedImportChangesNothing()
{
    const QString path = fixture(u"google_forms_noisy.csv"_s);
    QVERIFY(AttendanceImporter(*m_db).import(m_roster.sessionId, path));
    const QString before = attendanceDump();
    const auto again = AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.xlsx"_s));
    QVERIFY(again);
    QCOMPARE(again->matched, 9);
    QCOMPARE(again->written.recorded, 0);
    QCOMPARE(again->written.changed, 0);
    QCOMPARE(again->written.unchanged, 9);
    QCOMPARE(attendanceDump(), before);
}

void TestAttendanceImport::earlierTimeFromALaterFileWins()
{
    const QByteArray late = "Timestamp,NIP\n28/11/2023 10:00:00,198805122012122001\n";
    const QByteArray early = "Timestamp,NIP\n28/11/2023 08:30:00,198805122012122001\n";
    QVERIFY(AttendanceImporter(*m_db).import(m_roster.sessionId, writeCsv(u"late.csv"_s, late)));
    const auto changed = AttendanceImporter(*m_db).import(m_roster.sessionId, writeCsv(u"early.csv"_s, early));
    QVERIFY(changed);
    QCOMPARE(changed->written.changed, 1);
    QCOMPARE((*AttendanceRepository(*m_db).find(m_roster.sessionId, id("rina")))->capturedAt, utc(u"2023-11-28T01:30:00Z"_s));
    const auto kept = AttendanceImporter(*m_db).import(m_roster.sessionId, writeCsv(u"late2.csv"_s, late));
    QVERIFY(kept);
    QCOMPARE(kept->written.unchanged, 1);
    QCOMPARE((*AttendanceRepository(*m_db).find(m_roster.sessionId, id("rina")))->capturedAt, utc(u"2023-11-28T01:30:00Z"_s));
}

void TestAttendanceImport::withoutTimestampColumnSessionStart()
{
    // A typed list: names only, no time; the session starts at 08:00 WIB.
    const auto result = AttendanceImporter(*m_db).import(
        m_roster.sessionId, writeCsv(u"names.csv"_s, "No;Nama\n1;Dewi Lestari\n2;\n3;Hendra Gunawan\n"));
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->matched, 2);
    QCOMPARE(result->byName, 2);
    QCOMPARE(result->unmatched.size(), 1);
    QCOMPARE(result->unmatched.at(0).row, 3);
    QCOMPARE(result->unmatched.at(0).reason, u"The row has neither a NIP nor a name."_s);
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE((*AttendanceRepository(*m_db).find(m_roster.sessionId, id("dewi")))->capturedAt, utc(u"2023-11-28T01:00:00Z"_s));
}

void TestAttendanceImport::noNipOrNameColumnRefused()
{
    const QString path = writeCsv(u"units.csv"_s, "Timestamp,Unit Kerja\n28/11/2023 9:05:12,Dinas Kesehatan\n");
    const auto result = AttendanceImporter(*m_db).import(m_roster.sessionId, path);
    QCOMPARE(failure(result), ErrorKind::Invalid);
    QVERIFY2(result.error().message.contains(u"neither a NIP nor a name column"_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"Timestamp, Unit Kerja"_s));
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 0);
}

void TestAttendanceImport::unknownSessionRefused()
{
    const auto result = AttendanceImporter(*m_db).import(m_roster.sessionId + 100, fixture(u"google_forms_noisy.csv"_s));
    QCOMPARE(failure(result), ErrorKind::NotFound);
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 0);
}

void TestAttendanceImport::unreadableFileRefused()
{
    QCOMPARE(failure(AttendanceImporter(*m_db).import(m_roster.sessionId, m_dir->filePath(u"missing.csv"_s))),
             ErrorKind::File);
    QCOMPARE(failure(AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"not_a_spreadsheet.xlsx"_s))),
             ErrorKind::Invalid);
    QCOMPARE(failure(AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"empty.csv"_s))), ErrorKind::Invalid);
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 0);
}

void TestAttendanceImport::dryRunAndCancelWriteNothing()
{
    AttendanceImporter::Options dry;
    dry.dryRun = true;
    const auto counted = AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.csv"_s), dry);
    QVERIFY(counted);
    QCOMPARE(counted->matched, 9);
    QCOMPARE(counted->present.size(), 9);
    QCOMPARE(counted->written.recorded, 0);
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 0);

    std::atomic_bool cancel{true};
    AttendanceImporter::Options stop;
    stop.cancel = &cancel;
    QCOMPARE(failure(AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.csv"_s), stop)),
             ErrorKind::Cancelled);
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 0);
}

void TestAttendanceImport::confirmedCandidatesRecorded()
{
    const auto result = AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.csv"_s));
    QVERIFY(result);
    const auto* nur = unmatchedRow(*result, 11);
    QVERIFY(nur && !nur->candidates.isEmpty());
    const auto session = SessionRepository(*m_db).findById(m_roster.sessionId);
    QVERIFY(session);
    // The clerk confirms the first candidate; the same person twice is recorded once, early.
    const qint64 chosen = nur->candidates.at(0).staffId;
    const auto counts = AttendanceImporter::recordConfirmed(
        *m_db, *session, {{chosen, nur->at.addSecs(60)}, {chosen, nur->at}});
    QVERIFY(counts);
    QCOMPARE(counts->recorded, 1);
    QCOMPARE((*AttendanceRepository(*m_db).find(m_roster.sessionId, chosen))->capturedAt, utc(u"2023-11-28T02:25:47Z"_s));
    QCOMPARE(count(u"SELECT count(*) FROM attendance"_s), 10);
}

void TestAttendanceImport::rejectsFileColumns()
{
    const auto result = AttendanceImporter(*m_db).import(m_roster.sessionId, fixture(u"google_forms_noisy.csv"_s));
    QVERIFY(result);
    for (const QString& name : {u"unmatched.csv"_s, u"unmatched.xlsx"_s}) {
        const QString path = m_dir->filePath(name);
        QVERIFY(AttendanceRejectWriter::write(path, result->unmatched));
        auto source = RowSource::open(path);
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        QList<QList<SpreadsheetCell>> rows;
        QList<SpreadsheetCell> cells;
        while ((*source)->readRow(cells))
            rows << cells;
        QVERIFY((*source)->status());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(RowSource::texts(rows.at(0)), AttendanceRejectWriter::columns());
        QCOMPARE(rows.at(1).value(0).text, u"6"_s);
        QCOMPARE(rows.at(1).value(1).text, u"199512122020121001"_s);
        QCOMPARE(rows.at(1).value(1).type, SpreadsheetCell::Type::Text); // a NIP stays text
        QCOMPARE(rows.at(1).value(3).text, u"28/11/2023 9:15:02"_s);
        QCOMPARE(rows.at(2).value(5).text, u"Joko Santoso (198012312005011007, Kecamatan Sukamaju)"_s);
        QCOMPARE(rows.at(4).value(1).text, u"1,98703E+17"_s);
    }
}

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "TestAttendanceImport.moc"
