// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListCommand.h"

#include "io/TableOutput.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/WorkUnitRepository.h"

namespace netra {

QString CaseListCommand::summary() const
{
    return tr("List violation cases, overdue follow-ups first");
}

void CaseListCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("period"), tr("Only this election period."), QStringLiteral("NAME")},
        {QStringLiteral("unit"), tr("Only this unit (the person's unit on the day of the act)."), QStringLiteral("CODE")},
        {QStringLiteral("status"), tr("Only cases with this status."), QStringLiteral("STATUS")},
        {QStringLiteral("kind"), tr("Only this violation kind."), QStringLiteral("CODE")},
        {QStringLiteral("overdue"), tr("Only recommendations not followed up in time.")},
    });
    addFormatOption(parser);
}

int CaseListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    CaseFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = CaseStatusText::fromCode(parser.value(QStringLiteral("status")));
        if (!filter.status)
            return fail(context, Error::invalid(tr("Unknown status \"%1\".").arg(parser.value(QStringLiteral("status")))));
    }
    filter.kindCode = parser.value(QStringLiteral("kind")).trimmed();
    filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    if (parser.isSet(QStringLiteral("period"))) {
        const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
        if (!period)
            return fail(context, period.error());
        filter.periodId = period->id;
    }
    if (parser.isSet(QStringLiteral("unit"))) {
        const auto unit = WorkUnitRepository(**db).findByCode(parser.value(QStringLiteral("unit")).trimmed(),
                                                              context.clock.today());
        if (!unit)
            return fail(context, unit.error());
        filter.unitId = unit->id;
    }
    CaseRepository cases(**db);
    if (!filter.kindCode.isEmpty()) {
        const auto catalog = cases.catalog();
        if (!catalog)
            return fail(context, catalog.error());
        if (!catalog->kind(filter.kindCode))
            return fail(context, Error::invalid(tr("Unknown violation kind \"%1\"; see \"case kinds\".").arg(filter.kindCode)));
    }
    const auto found = cases.list(filter);
    if (!found)
        return fail(context, found.error());
    TableOutput table({QStringLiteral("id"), QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit_code"),
                       QStringLiteral("period"), QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("source"),
                       QStringLiteral("status"), QStringLiteral("overdue")});
    for (const ViolationCase& c : *found)
        table.addRow({QString::number(c.id), c.nip, c.name, c.unitCode, c.periodName, c.kindCode,
                      c.actDate.toString(Qt::ISODate), c.sourceCode, CaseStatusText::code(c.status),
                      c.overdue ? QStringLiteral("1") : QStringLiteral("0")});
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
