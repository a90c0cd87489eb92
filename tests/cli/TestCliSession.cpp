// SPDX-License-Identifier: GPL-3.0-or-later
// netra-cli session commands, in process: `session sheet` writes the daftar hadir as a PDF.
#include "CliTestSupport.h"

#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace netra;
using namespace netra::test;
using namespace Qt::StringLiterals;

class TestCliSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sheetWritesPdf_data();
    void sheetWritesPdf();
    void sheetRefusals_data();
    void sheetRefusals();
    void sheetUnwritableOutput();

private:
    QString dbPath() const { return m_dir->filePath(u"netra.sqlite"_s); }
    QString sessionId() const { return QString::number(m_session); }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_session = 0;
};

void TestCliSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openDb(dbPath(), true);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    Database& store = **db;

    WorkUnitRepository units(store);
    for (const auto& [code, name] : QList<std::pair<QString, QString>>{
             {u"1.01.01"_s, u"Dinas Pendidikan dan Kebudayaan"_s}, {u"7.01.01"_s, u"Kecamatan Sukamaju"_s}}) {
        WorkUnit unit;
        unit.code = code;
        unit.name = name;
        unit.kind = u"dinas"_s;
        QVERIFY(units.add(unit));
    }
    Staff person;
    person.nip = u"198703152010121002"_s;
    person.name = u"Budi Santoso"_s;
    person.position = u"Guru Ahli Muda"_s;
    QVERIFY(StaffRepository(store).add(person, u"1.01.01"_s, QDate(2020, 1, 2)));

    ElectionPeriod period;
    period.name = u"Pemilu 2024"_s;
    period.start = QDate(2023, 11, 28);
    period.votingDay = QDate(2024, 2, 14);
    period.end = QDate(2024, 3, 20);
    const auto periodId = ElectionPeriodRepository(store).add(period);
    QVERIFY(periodId);
    Session draft;
    draft.periodId = *periodId;
    draft.title = u"Sosialisasi Netralitas ASN"_s;
    draft.date = QDate(2023, 11, 28);
    draft.start = QTime(8, 0);
    draft.organiser = u"Kepala Badan Kesbangpol"_s;
    draft.targetUnitCodes = {u"1.01.01"_s};
    const auto session = SessionRepository(store).add(draft);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_session = session->id;
}

void TestCliSession::cleanup()
{
    m_dir.reset();
}

void TestCliSession::sheetWritesPdf_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("every invited unit, A4") << QStringList();
    QTest::newRow("one unit, F4") << QStringList{u"--paper"_s, u"F4"_s, u"--unit"_s, u"1.01.01"_s};
}

void TestCliSession::sheetWritesPdf()
{
    QFETCH(QStringList, extra);
    const QString pdf = m_dir->filePath(u"daftar hadir.pdf"_s);
    const CliRun run = runCli(dbPath(), QStringList{u"session"_s, u"sheet"_s, u"--session"_s, sessionId(), u"--out"_s, pdf}
                                            + extra);
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(QFileInfo(pdf).fileName()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
    // Written atomically: nothing but the PDF and the database beside it.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
    for (const QString& name : left)
        QVERIFY2(name == u"daftar hadir.pdf"_s || name.startsWith(u"netra.sqlite"_s), qPrintable(name));
}

void TestCliSession::sheetRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown session") << QStringList{u"--session"_s, u"999"_s} << 2;
    QTest::newRow("session not a number") << QStringList{u"--session"_s, u"sosialisasi"_s} << 2;
    QTest::newRow("no session") << QStringList() << 2;
    QTest::newRow("unknown unit") << QStringList{u"--session"_s, u"SESSION"_s, u"--unit"_s, u"9.99.99"_s} << 2;
    QTest::newRow("unit not invited") << QStringList{u"--session"_s, u"SESSION"_s, u"--unit"_s, u"7.01.01"_s} << 2;
    QTest::newRow("unknown paper") << QStringList{u"--session"_s, u"SESSION"_s, u"--paper"_s, u"folio"_s} << 1;
}

void TestCliSession::sheetRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    arguments.replaceInStrings(u"SESSION"_s, sessionId());
    const QString pdf = m_dir->filePath(u"sheet.pdf"_s);
    const CliRun run = runCli(dbPath(), QStringList{u"session"_s, u"sheet"_s, u"--out"_s, pdf} + arguments);
    QVERIFY2(run.code == code, qPrintable(run.describe()));
    QVERIFY2(run.oneErrorLine(), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));

    // Without --out nothing is written either, whatever else is right.
    const CliRun noOut = runCli(dbPath(), {u"session"_s, u"sheet"_s, u"--session"_s, sessionId()});
    QCOMPARE(noOut.code, 2);
    QVERIFY(noOut.oneErrorLine());
}

void TestCliSession::sheetUnwritableOutput()
{
    const QString pdf = m_dir->filePath(u"no-such-folder/sheet.pdf"_s);
    const CliRun run = runCli(dbPath(), {u"session"_s, u"sheet"_s, u"--session"_s, sessionId(), u"--out"_s, pdf});
    QVERIFY2(run.code == 3, qPrintable(run.describe()));
    QVERIFY(run.oneErrorLine());
    QVERIFY(run.err.contains(u"sheet.pdf"_s));
    QVERIFY(!QFileInfo::exists(pdf));
}

// A QGuiApplication: the PDF is painted with the embedded fonts.
QTEST_MAIN(TestCliSession)
#include "TestCliSession.moc"
