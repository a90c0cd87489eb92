// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSheetCommand.h"

#include "io/AttendanceSheet.h"
#include "io/PaperSize.h"
#include "store/Database.h"

#include <QDir>

namespace netra {

QString SessionSheetCommand::summary() const
{
    return tr("Print a session's attendance sheet (daftar hadir) to a PDF file");
}

void SessionSheetCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("session"), tr("The session id, as session list shows it."), QStringLiteral("ID")},
        {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")},
        {QStringLiteral("paper"), tr("a4 (default) or f4 (215 x 330 mm)."), QStringLiteral("PAPER"), QStringLiteral("a4")},
        {QStringLiteral("unit"), tr("Only this invited work unit; by default every invited unit, each from a new page."),
         QStringLiteral("CODE")},
    });
}

int SessionSheetCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto out = required(parser, QStringLiteral("out"));
    if (!out)
        return fail(context, out.error());
    const auto paper = paperFromCode(parser.value(QStringLiteral("paper")).trimmed());
    if (!paper)
        return fail(context, Error::usage(tr("--paper takes a4 or f4.")));

    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto session = sessionOption(parser, **db);
    if (!session)
        return fail(context, session.error());
    AttendanceSheet::Options options;
    options.paper = *paper;
    options.unitCode = parser.value(QStringLiteral("unit")).trimmed();
    const auto sheet = AttendanceSheet::build(**db, session->id, options);
    if (!sheet)
        return fail(context, sheet.error());
    if (auto written = sheet->writePdf(*out); !written)
        return fail(context, written.error());
    context.out << tr("Attendance sheet written to %1 (%n page(s)).", nullptr, sheet->pageCount())
                       .arg(QDir::toNativeSeparators(*out))
                << Qt::endl;
    return Ok;
}

} // namespace netra
