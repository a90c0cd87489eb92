// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceImportCommand.h"

#include "io/AttendanceImporter.h"
#include "io/AttendanceRejectWriter.h"
#include "store/Database.h"

namespace netra {

QString AttendanceImportCommand::summary() const
{
    return tr("Record a session's attendance from a form export (Google Forms XLSX or CSV) by NIP or name");
}

void AttendanceImportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"), tr("Session id, as `session list` shows it."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("rejects"), tr("Save the unmatched rows to FILE (.csv or .xlsx)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Match and count only; write nothing.")});
    parser.addOption({QStringLiteral("sheet"), tr("The sheet of an XLSX workbook to read (default the first)."),
                      QStringLiteral("NAME")});
}

int AttendanceImportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, Error::usage(tr("Give one FILE of responses (.xlsx or .csv).")));
    AttendanceImporter::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.sheet = parser.value(QStringLiteral("sheet")).trimmed();

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto session = sessionOption(parser, **db);
    if (!session)
        return fail(context, session.error());
    const auto result = AttendanceImporter(**db).import(*session, args.at(0), options);
    if (!result)
        return fail(context, result.error());

    for (const UnmatchedAttendanceRow& row : result->unmatched) {
        QString line = tr("row %1, NIP \"%2\", name \"%3\": %4").arg(row.row).arg(row.nip, row.name, row.reason);
        if (!row.candidates.isEmpty())
            line += QLatin1Char(' ') + tr("Candidates: %1.").arg(AttendanceRejectWriter::candidatesText(row.candidates));
        context.err << line << "\n";
    }
    for (const ImportReject& warning : result->warnings)
        context.err << tr("row %1, %2 \"%3\" (warning): %4").arg(warning.row).arg(warning.column, warning.value, warning.reason)
                    << "\n";
    // Read by scripts: the same in every UI language.
    context.out << QStringLiteral("matched %1, by name %2, duplicates %3, unmatched %4")
                       .arg(result->matched)
                       .arg(result->byName)
                       .arg(result->duplicates)
                       .arg(result->unmatched.size())
                << Qt::endl;

    const QString rejectsPath = parser.value(QStringLiteral("rejects")).trimmed();
    if (!rejectsPath.isEmpty())
        if (Status saved = AttendanceRejectWriter::write(rejectsPath, result->unmatched); !saved)
            return fail(context, saved.error());
    return Ok;
}

} // namespace netra
