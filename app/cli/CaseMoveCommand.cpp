// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseMoveCommand.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

namespace netra {

QString CaseMoveCommand::summary() const
{
    return tr("Move a case to its next status, as the workflow allows");
}

void CaseMoveCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("to"), tr("klarifikasi, rekomendasi, sanksi, tidak_terbukti or dihentikan."), QStringLiteral("STATUS")},
        {QStringLiteral("date"), tr("Date of the step (YYYY-MM-DD); for a recommendation the day it was received."),
         QStringLiteral("DATE")},
        {QStringLiteral("letter"), tr("Number of the recommendation letter or of the sanction's decree (SK)."),
         QStringLiteral("NO")},
        {QStringLiteral("letter-date"), tr("Date of that letter or decree."), QStringLiteral("DATE")},
        {QStringLiteral("body"), tr("Who examined or recommended (Bawaslu, BKN, ...)."), QStringLiteral("TEXT")},
        {QStringLiteral("sanction"), tr("Sanction code: recommended, or imposed (required for sanksi)."),
         QStringLiteral("CODE")},
        {QStringLiteral("reason"), tr("Why a sanction outside the kind's usual class is recorded."), QStringLiteral("TEXT")},
        {QStringLiteral("note"), tr("Note kept with the step."), QStringLiteral("TEXT")},
    });
}

int CaseMoveCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 caseId = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || caseId <= 0)
        return fail(context, Error::usage(tr("Give one case id.")));
    for (const char* option : {"to", "date"})
        if (const auto given = required(parser, QLatin1String(option)); !given)
            return fail(context, given.error());
    const auto to = CaseStatusText::fromCode(parser.value(QStringLiteral("to")));
    if (!to)
        return fail(context, Error::invalid(tr("Unknown status \"%1\".").arg(parser.value(QStringLiteral("to")))));
    const auto date = dateOption(parser, QStringLiteral("date"), {});
    if (!date)
        return fail(context, date.error());
    const auto letterDate = dateOption(parser, QStringLiteral("letter-date"), {});
    if (!letterDate)
        return fail(context, letterDate.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    CaseMove move;
    move.to = *to;
    move.date = *date;
    move.letterNo = parser.value(QStringLiteral("letter"));
    move.letterDate = *letterDate;
    move.body = parser.value(QStringLiteral("body"));
    move.sanctionCode = parser.value(QStringLiteral("sanction"));
    move.reason = parser.value(QStringLiteral("reason"));
    move.note = parser.value(QStringLiteral("note"));
    move.recordedBy = QStringLiteral("netra-cli");
    CaseRepository cases(**db);
    const auto warning = cases.move(caseId, move);
    if (!warning)
        return fail(context, warning.error());
    if (!warning->isEmpty())
        context.err << tr("warning: %1").arg(*warning) << '\n';
    const auto moved = cases.find(caseId);
    if (!moved)
        return fail(context, moved.error());
    context.out << CaseStatusText::code(moved->status);
    if (moved->followUpDue.isValid())
        context.out << ' ' << tr("(follow-up due %1)").arg(moved->followUpDue.toString(Qt::ISODate));
    context.out << '\n';
    return Ok;
}

} // namespace netra
