// SPDX-License-Identifier: GPL-3.0-or-later
// RosterRowReader: a roster's rows read and checked on a thread of their own, handed out in
// the file's order, with the source's failure, a cancel and an early stop.
#include "io/RosterRowReader.h"

#include <QTest>

#include <atomic>

using namespace netra;
using namespace Qt::StringLiterals;

namespace {

// Rows made in memory: every seventh NIP is broken; `failAt` (row number) ends the reading
// with an error, as a damaged file would.
class MemoryRows : public RowSource {
public:
    explicit MemoryRows(int rows, int failAt = 0) : m_rows(rows), m_failAt(failAt) {}

    bool readRow(QList<SpreadsheetCell>& cells) override
    {
        if (m_row - 1 >= m_rows)
            return false;
        ++m_row;
        if (m_row == m_failAt) {
            m_status = Error::invalid(u"row %1 is damaged"_s.arg(m_row));
            return false;
        }
        const int n = m_row - 2; // the first row after the header is 0
        const QString nip = n % 7 == 0 ? u"1234"_s : u"1980010120050110%1"_s.arg(n % 2 == 0 ? u"01"_s : u"02"_s);
        cells = {SpreadsheetCell::fromText(nip), SpreadsheetCell::fromText(u"Pegawai %1"_s.arg(n)),
                 SpreadsheetCell::fromText(u"Dinas Kesehatan"_s)};
        return true;
    }
    int rowNumber() const override { return m_row; }
    Status status() const override { return m_status; }
    double progress() const override { return double(m_row) / (m_rows + 1); }

private:
    int m_rows;
    int m_failAt;
    int m_row = 1; // the header
    Status m_status;
};

StaffRowParser parser()
{
    return StaffRowParser(StaffColumnMap::detect({u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s}), QDate(2026, 11, 23), true);
}

const StaffRowParser::StoredKind noneStored = [](const QString&) { return std::optional<StaffKind>(); };

} // namespace

class TestRosterRowReader : public QObject {
    Q_OBJECT

private slots:
    void everyRowInOrder();
    void aReadErrorEndsTheRows();
    void aCancelStopsTheReading();
    void stoppingEarlyLeavesNoThreadBehind();
};

void TestRosterRowReader::everyRowInOrder()
{
    // Many batches: the reading thread waits for the caller more than once.
    const int total = 5000;
    MemoryRows source(total);
    const StaffRowParser rows = parser();
    RosterRowReader reader(source, rows, 0, noneStored, nullptr);
    RosterRowReader::Row row;
    int seen = 0;
    int rejected = 0;
    double progress = 0;
    while (reader.next(row)) {
        QCOMPARE(row.number, seen + 2); // after the header
        if (seen % 7 == 0) {
            QCOMPARE(row.nipText, u"1234"_s);
            QVERIFY(!row.parsed.problems.isEmpty());
            ++rejected;
        } else {
            QVERIFY2(row.parsed.problems.isEmpty(), qPrintable(row.parsed.problems.value(0).reason));
            QCOMPARE(row.parsed.staff.name, u"Pegawai %1"_s.arg(seen));
            QCOMPARE(row.parsed.unitName, u"Dinas Kesehatan"_s);
        }
        QVERIFY(reader.progress() >= progress);
        progress = reader.progress();
        ++seen;
    }
    QCOMPARE(seen, total);
    QCOMPARE(rejected, (total + 6) / 7);
    QVERIFY(reader.status());
    QVERIFY(progress > 0.99);
}

void TestRosterRowReader::aReadErrorEndsTheRows()
{
    MemoryRows source(3000, 1203);
    const StaffRowParser rows = parser();
    RosterRowReader reader(source, rows, 0, noneStored, nullptr);
    RosterRowReader::Row row;
    int seen = 0;
    while (reader.next(row))
        ++seen;
    QCOMPARE(seen, 1201); // rows 2 to 1202
    QCOMPARE(row.number, 1202);
    QVERIFY(!reader.status());
    QCOMPARE(reader.status().error().message, u"row 1203 is damaged"_s);
}

void TestRosterRowReader::aCancelStopsTheReading()
{
    MemoryRows source(100'000);
    const StaffRowParser rows = parser();
    std::atomic_bool cancel = false;
    RosterRowReader reader(source, rows, 0, noneStored, &cancel);
    RosterRowReader::Row row;
    int seen = 0;
    while (reader.next(row)) {
        if (++seen == 10)
            cancel = true;
    }
    // What was read ahead before the cancel is still handed out, never the whole file.
    QVERIFY(seen >= 10);
    QVERIFY(seen < 100'000);
    QVERIFY(source.rowNumber() < 100'000);
}

void TestRosterRowReader::stoppingEarlyLeavesNoThreadBehind()
{
    MemoryRows source(100'000);
    const StaffRowParser rows = parser();
    {
        RosterRowReader reader(source, rows, 0, noneStored, nullptr);
        RosterRowReader::Row row;
        QVERIFY(reader.next(row));
        QCOMPARE(row.number, 2);
    } // the reading thread, waiting for room ahead, is stopped and joined here
    QVERIFY(source.rowNumber() < 100'000);
}

QTEST_GUILESS_MAIN(TestRosterRowReader)
#include "TestRosterRowReader.moc"
