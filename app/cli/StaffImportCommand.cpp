// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImportCommand.h"

#include "io/ImportRejectWriter.h"
#include "io/StaffImporter.h"
#include "store/Database.h"

namespace netra {

QString StaffImportCommand::summary() const
{
    return tr("Add or update staff by NIP from the HR office's roster (XLSX or CSV)");
}

void StaffImportCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("dry-run"), tr("Check and count only; write nothing.")});
    parser.addOption({QStringLiteral("rejects"), tr("Save the rejected rows to FILE (.csv or .xlsx)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("create-units"), tr("Add work units the file names but the database lacks.")});
    parser.addOption({QStringLiteral("deactivate-missing"),
                      tr("Mark staff whose NIP is not in the file inactive from the effective date.")});
    parser.addOption({QStringLiteral("effective"), tr("Date of new assignments, moves and deactivations (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("map"),
                      tr("Read COLUMN as FIELD (nip, name, front_titles, back_titles, unit, position, grade, kind, sex, "
                         "birth_date, tmt; ignore; auto). Repeatable; remembered for the next import."),
                      QStringLiteral("COLUMN=FIELD")});
    parser.addOption({QStringLiteral("sheet"), tr("The sheet of an XLSX workbook to read (default the first)."),
                      QStringLiteral("NAME")});
}

int StaffImportCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, Error::usage(tr("Give one roster FILE (.xlsx or .csv).")));

    StaffImporter::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.createUnits = parser.isSet(QStringLiteral("create-units"));
    options.deactivateMissing = parser.isSet(QStringLiteral("deactivate-missing"));
    options.sheet = parser.value(QStringLiteral("sheet")).trimmed();
    for (const QString& assignment : parser.values(QStringLiteral("map")))
        if (Status applied = StaffColumnMap::applyOverride(options.overrides, assignment); !applied)
            return fail(context, applied.error());
    const auto effective = dateOption(parser, QStringLiteral("effective"), context.clock.today());
    if (!effective)
        return fail(context, effective.error());
    options.effective = *effective;

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto summary = StaffImporter(**db).import(args.at(0), options);
    if (!summary)
        return fail(context, summary.error());

    printRejects(context, *summary);
    if (summary->unitsCreated > 0)
        context.err << tr("%n work unit(s) created.", nullptr, summary->unitsCreated) << "\n";
    if (summary->walkInsTied > 0)
        context.err << tr("%n walk-in attendance record(s) tied to the roster.", nullptr, summary->walkInsTied) << "\n";
    if (summary->deactivated > 0)
        context.err << tr("%n staff member(s) not in the file marked inactive from %1.", nullptr, summary->deactivated)
                           .arg(options.effective.toString(Qt::ISODate))
                    << "\n";
    printSummaryLine(context, *summary);

    const QString rejectsPath = parser.value(QStringLiteral("rejects")).trimmed();
    if (!rejectsPath.isEmpty())
        if (Status saved = ImportRejectWriter::write(rejectsPath, summary->rejects); !saved)
            return fail(context, saved.error());
    return Ok;
}

} // namespace netra
