// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCheckinCommand.h"

#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QSet>

namespace netra {

QString AttendanceCheckinCommand::summary() const
{
    return tr("Record a status for a list of NIPs at a session, in one transaction");
}

void AttendanceCheckinCommand::declare(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("session"), tr("Session id, as `session list` shows it."), QStringLiteral("ID")},
        {QStringLiteral("status"), tr("hadir (default), izin, sakit, dinas_luar or alpa."), QStringLiteral("CODE")},
    });
}

int AttendanceCheckinCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    AttendanceStatus status = AttendanceStatus::Hadir;
    if (parser.isSet(QStringLiteral("status"))) {
        const auto parsed = AttendanceStatusText::fromCode(parser.value(QStringLiteral("status")));
        if (!parsed)
            return fail(context, Error::invalid(tr("--status takes hadir, izin, sakit, dinas_luar or alpa, not \"%1\".")
                                                    .arg(parser.value(QStringLiteral("status")))));
        status = *parsed;
    }
    const QStringList nips = parser.positionalArguments();
    if (nips.isEmpty())
        return fail(context, Error::usage(tr("Name at least one NIP.")));
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto session = sessionOption(parser, **db);
    if (!session)
        return fail(context, session.error());

    // Every NIP is checked before anything is written: one bad NIP and the list stays unrecorded.
    StaffRepository staff(**db);
    AttendanceRepository attendance(**db);
    QList<qint64> ids;
    const auto found = staffIdsOf(nips, **db);
    if (!found)
        return fail(context, found.error());
    for (qsizetype i = 0; i < nips.size(); ++i) {
        const auto person = staff.findById(found->at(i));
        if (!person)
            return fail(context, person.error());
        const auto unit = attendance.unitOn(person->id, session->date);
        if (!unit)
            return fail(context, unit.error());
        if (*unit == 0 || (person->inactiveFrom.isValid() && person->inactiveFrom <= session->date))
            return fail(context, Error::invalid(tr("%1 (%2) was not active on %3; nothing was recorded.")
                                                    .arg(person->name, nips.at(i), session->date.toString(Qt::ISODate))));
        ids.push_back(person->id);
    }
    const auto counts = attendance.setStatus(*session, ids, status, CaptureMethod::Bulk, context.clock.now().toUTC());
    if (!counts)
        return fail(context, counts.error());
    context.out << QStringLiteral("recorded %1, changed %2, unchanged %3\n")
                       .arg(counts->recorded)
                       .arg(counts->changed)
                       .arg(counts->unchanged);
    return Ok;
}

} // namespace netra
