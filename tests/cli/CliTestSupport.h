// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs netra-cli commands in process, the way a script would see them: exit code, stdout and
// stderr. The clock is pinned; files live in temporary folders given with --db.

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
    QList<QStringList> records;
    if (!writeFile(path, text.toUtf8()))
        return records;
    CsvReader reader;
    if (!reader.open(path))
        return records;
    QStringList fields;
    while (reader.readRecord(fields))
        records << fields;
    return records;
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

} // namespace netra::test
