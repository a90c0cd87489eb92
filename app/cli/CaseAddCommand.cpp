// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseAddCommand.h"

#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/StaffRepository.h"

namespace netra {

QString CaseAddCommand::summary() const
{
    return tr("Record a reported violation; prints the new case's id");
}

void CaseAddCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("nip"), tr("NIP of the staff member reported."), QStringLiteral("NIP")},
        {QStringLiteral("period"), tr("Election period name."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), tr("Violation kind code (see \"case kinds\")."), QStringLiteral("CODE")},
        {QStringLiteral("date"), tr("Date of the act (YYYY-MM-DD); the case is reported from that day."),
         QStringLiteral("DATE")},
        {QStringLiteral("source"), tr("temuan_bawaslu, laporan_masyarakat, media or pengawasan_internal."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("external"), tr("The reporter's register or letter number."), QStringLiteral("NO")},
        {QStringLiteral("note"), tr("What happened."), QStringLiteral("TEXT")},
    });
}

int CaseAddCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    for (const char* option : {"nip", "period", "kind", "date", "source"})
        if (const auto given = required(parser, QLatin1String(option)); !given)
            return fail(context, given.error());
    const auto date = dateOption(parser, QStringLiteral("date"), {});
    if (!date)
        return fail(context, date.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto period = ElectionPeriodRepository(**db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(context, period.error());
    const auto staff = StaffRepository(**db).findByNip(parser.value(QStringLiteral("nip")));
    if (!staff)
        return fail(context, staff.error());
    CaseReport report;
    report.staffId = staff->id;
    report.periodId = period->id;
    report.kindCode = parser.value(QStringLiteral("kind"));
    report.actDate = *date;
    report.sourceCode = parser.value(QStringLiteral("source"));
    report.externalNo = parser.value(QStringLiteral("external"));
    report.description = parser.value(QStringLiteral("note"));
    report.recordedBy = QStringLiteral("netra-cli");
    const auto id = CaseRepository(**db).report(report);
    if (!id)
        return fail(context, id.error());
    context.out << *id << '\n';
    return Ok;
}

} // namespace netra
