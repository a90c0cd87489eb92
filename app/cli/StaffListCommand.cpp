// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffListCommand.h"

#include "io/CsvWriter.h"
#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "store/WorkUnitRepository.h"

namespace netra {

QString StaffListCommand::summary() const
{
    return tr("List the staff with their current work unit");
}

void StaffListCommand::declare(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("unit"), tr("Only this work unit."), QStringLiteral("CODE")});
    addFormatOption(parser);
}

int StaffListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    StaffFilter filter;
    filter.unitCode = parser.value(QStringLiteral("unit")).trimmed();
    if (!filter.unitCode.isEmpty()) {
        // An unknown code would otherwise print an empty list, as if the unit had no staff.
        const auto units = WorkUnitRepository(**db).findByCode(filter.unitCode, context.clock.today());
        if (!units)
            return fail(context, units.error());
    }

    const QStringList columns = {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit_code"), QStringLiteral("kind"),
                                 QStringLiteral("sex"), QStringLiteral("birth_date"), QStringLiteral("grade"),
                                 QStringLiteral("position"), QStringLiteral("active")};
    const auto cells = [](const Staff& s) {
        return QStringList{s.nip.isEmpty() ? s.internalId : s.nip, s.name, s.unitCode, staffKindCode(s.kind),
                           s.sex ? sexCode(*s.sex) : QString(), s.birthDate.toString(Qt::ISODate), s.grade, s.position,
                           s.active ? QStringLiteral("1") : QStringLiteral("0")};
    };
    StaffRepository staff(**db);
    if (*format == TableFormat::Csv) {
        // Streamed: a province-wide roster does not have to fit in memory twice.
        CsvWriter csv(context.out);
        csv.writeHeader(columns);
        if (auto listed = staff.forEach(filter, [&](const Staff& s) { csv.writeRow(cells(s)); }); !listed)
            return fail(context, listed.error());
        if (auto finished = csv.finish(); !finished)
            return fail(context, finished.error());
        return Ok;
    }
    TableOutput table(columns);
    table.setColumnKind(columns.indexOf(QStringLiteral("active")), TableOutput::ColumnKind::Boolean);
    if (auto listed = staff.forEach(filter, [&](const Staff& s) { table.addRow(cells(s)); }); !listed)
        return fail(context, listed.error());
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
