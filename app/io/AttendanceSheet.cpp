// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSheet.h"

#include "FieldListBlock.h"
#include "PageBreakBlock.h"
#include "ReportTable.h"
#include "SignatoryBlock.h"
#include "SignatureTableBlock.h"
#include "core/IndonesianDate.h"
#include "core/Letterhead.h"
#include "core/RegionTime.h"
#include "core/SignatureBlock.h"
#include "store/AttendanceRepository.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"
#include "store/WorkUnitRepository.h"

#include <QHash>
#include <QList>

#include <memory>

namespace netra {

namespace {

// One unit's part of the sheet.
struct Part {
    QString unitName;
    QList<AttendanceEntry> people;
};

QList<AttendanceEntry> invitedOnly(const QList<AttendanceEntry>& roster)
{
    QList<AttendanceEntry> invited;
    for (const AttendanceEntry& entry : roster) {
        if (entry.targeted)
            invited.append(entry);
    }
    return invited;
}

ReportTable peopleTable(const QList<AttendanceEntry>& people)
{
    ReportTable table;
    table.setPointSize(8);
    // Shares of the body width, in millimetres of A4's: the grouped NIP keeps to one line.
    table.addColumn(QStringLiteral("No"), 7, Qt::AlignHCenter);
    table.addColumn(QStringLiteral("Nama"), 35);
    table.addColumn(QStringLiteral("NIP"), 39);
    table.addColumn(QStringLiteral("Jabatan"), 28);
    table.addColumn(QStringLiteral("Unit Kerja"), 25);
    table.addColumn(QStringLiteral("Tanda Tangan"), 31);
    int number = 0;
    for (const AttendanceEntry& person : people) {
        ++number;
        table.addRow({QString::number(number), person.name, SignatoryBlock::groupedNip(person.nip), person.position,
                      person.unitName, SignatureTableBlock::signatureCell(number)});
    }
    return table;
}

// The organiser signs under "Mengetahui,"; the name and NIP are written in by hand.
SignatureBlock organiserSignature(const Session& session, const QHash<QString, QString>& settings)
{
    SignatureBlock signature;
    signature.place = SignatureBlock::fromSettings(settings).place;
    signature.onBehalf = QStringLiteral("Mengetahui,");
    QString position = session.organiser.simplified();
    if (position.isEmpty())
        position = QStringLiteral("Penyelenggara");
    if (!position.endsWith(QLatin1Char(',')))
        position += QLatin1Char(',');
    signature.position = position;
    signature.name = QStringLiteral("(") + QString(40, QLatin1Char('.')) + QStringLiteral(")");
    signature.nip = QString(36, QLatin1Char('.'));
    return signature;
}

} // namespace

QString AttendanceSheet::timeText(const Session& session, const QString& zoneCode)
{
    if (!session.start.isValid())
        return {};
    const QString zone = RegionTime::fromCode(zoneCode).code();
    if (!session.end.isValid())
        return dottedTime(session.start) + QLatin1Char(' ') + zone + QStringLiteral(" s.d. selesai");
    return dottedTime(session.start) + QStringLiteral(" s.d. ") + dottedTime(session.end) + QLatin1Char(' ') + zone;
}

Result<ReportDocument> AttendanceSheet::build(Database& db, qint64 sessionId, const Options& options)
{
    const auto session = SessionRepository(db).findById(sessionId);
    if (!session)
        return session.error();
    const auto settings = SettingsRepository(db).all();
    if (!settings)
        return settings.error();

    const WorkUnitRepository units(db);
    const AttendanceRepository attendance(db);
    QList<Part> parts;
    const QString unitCode = options.unitCode.trimmed();
    if (!unitCode.isEmpty()) {
        const auto unit = units.findByCode(unitCode, session->date);
        if (!unit)
            return unit.error();
        if (!session->targetsAllUnits() && !session->targetUnitCodes.contains(unit->code))
            return Error::invalid(tr("Session %1 does not invite the work unit %2 (%3).")
                                      .arg(QString::number(session->id), unit->code, unit->name));
        AttendanceFilter filter;
        filter.unitId = unit->id;
        const auto roster = attendance.roster(*session, filter);
        if (!roster)
            return roster.error();
        parts.append({unit->name, invitedOnly(*roster)});
    } else {
        const auto roster = attendance.roster(*session);
        if (!roster)
            return roster.error();
        // The roster comes by unit code, then name: group it keeping that order.
        QList<qint64> order;
        QHash<qint64, Part> byUnit;
        for (const AttendanceEntry& entry : invitedOnly(*roster)) {
            if (!byUnit.contains(entry.unitId)) {
                order.append(entry.unitId);
                byUnit.insert(entry.unitId, {entry.unitName, {}});
            }
            byUnit[entry.unitId].people.append(entry);
        }
        if (session->targetsAllUnits()) {
            for (const qint64 unitId : std::as_const(order))
                parts.append(byUnit.value(unitId));
            if (parts.isEmpty())
                parts.append({QStringLiteral("Semua Perangkat Daerah"), {}});
        } else {
            // Every invited unit gets its sheet, also one with nobody on the roster yet.
            const auto all = units.list(session->date);
            if (!all)
                return all.error();
            QHash<QString, WorkUnit> byCode;
            for (const WorkUnit& unit : *all)
                byCode.insert(unit.code, unit);
            for (const QString& code : session->targetUnitCodes) {
                const auto found = byCode.constFind(code);
                if (found == byCode.constEnd()) {
                    parts.append({code, {}});
                    continue;
                }
                Part part = byUnit.value(found->id);
                part.unitName = found->name;
                parts.append(part);
            }
        }
    }

    ReportDocument doc;
    doc.setPaper(options.paper);
    doc.setTitle(QStringLiteral("Daftar Hadir ") + session->title);
    const Letterhead letterhead = Letterhead::fromSettings(*settings);
    const SignatureBlock organiser = organiserSignature(*session, *settings);
    const QString time = timeText(*session, settings->value(QStringLiteral("region.time_zone")));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part& part = parts.at(i);
        if (i > 0)
            doc.addBlock(std::make_unique<PageBreakBlock>());
        doc.addLetterhead(letterhead);
        doc.addTitle({QStringLiteral("DAFTAR HADIR")});
        doc.addBlock(std::make_unique<FieldListBlock>(QList<FieldListBlock::Field>{
            {QStringLiteral("Kegiatan"), session->title},
            {QStringLiteral("Hari/Tanggal"), IndonesianDate::dayAndDate(session->date)},
            {QStringLiteral("Waktu"), time},
            {QStringLiteral("Tempat"), session->venue},
            {QStringLiteral("Unit Kerja"), part.unitName},
        }));
        doc.addBlock(std::make_unique<SignatureTableBlock>(peopleTable(part.people)));
        doc.addSignature(organiser, session->date);
    }
    return doc;
}

} // namespace netra
