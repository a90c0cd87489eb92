// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs netra-cli commands in process, the way a script would see them: exit code, stdout and
// stderr. The clock is pinned; files live in temporary folders given with --db.

#include "../io/SheetTestSupport.h"
#include "../store/StoreTestSupport.h"

#include "cli/Cli.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

namespace netra::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;

    // stderr holds exactly one line: the reason, nothing dumped after it.
    bool oneErrorLine() const
    {
        return err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1 && err.trimmed().size() > 12;
    }
    QString describe() const
    {
        return QStringLiteral("exit %1; stdout: %2; stderr: %3").arg(code).arg(out.left(400), err.left(400));
    }
};

inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = Cli().run(arguments, out, err, fixedClock());
    out.flush();
    err.flush();
    return run;
}

inline CliRun runCli(const QString& db, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + arguments);
}

// Parses CSV text the way the clerk's spreadsheet would read it back.
inline QList<QStringList> parseCsv(const QString& text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    if (!writeFile(path, text.toUtf8()))
        return {};
    return readCsvFile(path);
}

// What "nothing was written" is checked against: the file's bytes and every row in it.
struct Snapshot {
    QByteArray sha;
    QString rows;
    QStringList files; // the folder's entries: no journal, backup or part file left behind

    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

inline Snapshot snapshot(const QString& path)
{
    Snapshot s;
    s.sha = sha256(path);
    s.files = QDir(QFileInfo(path).absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    withRawConnection(path, [&](QSqlDatabase& db) {
        s.rows = dumpTables(db);
        return true;
    });
    return s;
}

// A small Pemda built through the CLI for the report and export tests: two units, the first
// with its head; Budi and Siti (1.01.01) signed the ikrar and attended the one session, Budi
// signed the pakta; Eko (7.01.01) signed only after voting day and was excused.
namespace smallPemda {

inline const QString Budi = QStringLiteral("198703152010121002"); // 1.01.01, its head
inline const QString Siti = QStringLiteral("199205172019032011"); // 1.01.01
inline const QString Eko = QStringLiteral("199003032015031004");  // 7.01.01

inline QList<QStringList> steps()
{
    const QString period = QStringLiteral("Pemilu 2024");
    const auto staffAdd = [](const QString& nip, const QString& name, const QString& unit) {
        return QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                           QStringLiteral("--name"), name, QStringLiteral("--unit"), unit, QStringLiteral("--kind"),
                           QStringLiteral("PNS"), QStringLiteral("--from"), QStringLiteral("2020-01-02")};
    };
    const auto pledge = [&](const QString& kind, const QString& date, const QStringList& nips) {
        return QStringList{QStringLiteral("pledge"), QStringLiteral("add"), QStringLiteral("--period"), period,
                           QStringLiteral("--kind"), kind, QStringLiteral("--date"), date}
            + nips;
    };
    return {
        {QStringLiteral("init")},
        QStringLiteral("unit add --code 1.01.01 --kind dinas --name").split(QLatin1Char(' ')) << QStringLiteral("Dinas Pendidikan"),
        QStringLiteral("unit add --code 7.01.01 --kind kecamatan --name").split(QLatin1Char(' '))
            << QStringLiteral("Kecamatan Sukamaju"),
        staffAdd(Budi, QStringLiteral("Budi Santoso"), QStringLiteral("1.01.01")),
        staffAdd(Siti, QStringLiteral("Siti Rahmawati"), QStringLiteral("1.01.01")),
        staffAdd(Eko, QStringLiteral("Eko Prasetyo"), QStringLiteral("7.01.01")),
        QStringLiteral("unit set-head 1.01.01 %1 --from 2021-01-04").arg(Budi).split(QLatin1Char(' ')),
        QStringList{QStringLiteral("period"), QStringLiteral("add"), QStringLiteral("--name"), period}
            + QStringLiteral("--kind pemilu --start 2023-11-28 --voting-day 2024-02-14 --end 2024-03-20").split(QLatin1Char(' ')),
        pledge(QStringLiteral("ikrar"), QStringLiteral("2023-12-01"), {Budi, Siti}),
        pledge(QStringLiteral("pakta"), QStringLiteral("2023-12-01"), {Budi}),
        pledge(QStringLiteral("ikrar"), QStringLiteral("2024-03-01"), {Eko}),
        QStringList{QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--period"), period,
                    QStringLiteral("--title"), QStringLiteral("Sosialisasi"), QStringLiteral("--date"),
                    QStringLiteral("2023-12-15")},
        QStringLiteral("attendance checkin --session 1 %1 %2").arg(Budi, Siti).split(QLatin1Char(' ')),
        QStringLiteral("attendance checkin --session 1 --status izin %1").arg(Eko).split(QLatin1Char(' ')),
    };
}

} // namespace smallPemda

} // namespace netra::test
