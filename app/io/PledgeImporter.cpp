// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeImporter.h"

#include "RowSource.h"

#include "core/AttendanceColumnMap.h"
#include "core/DateInput.h"
#include "core/Nip.h"
#include "core/StaffColumnMap.h"
#include "store/Database.h"
#include "store/PledgeRepository.h"
#include "store/StaffRepository.h"

#include <QMap>

namespace netra {

namespace {

int dateColumn(const QStringList& headers)
{
    const QStringList synonyms{QStringLiteral("tanggal"), QStringLiteral("tanggal ikrar"),
                               QStringLiteral("tanggal tanda tangan"), QStringLiteral("tgl"),
                               QStringLiteral("tanggal pakta"), QStringLiteral("tgl tanda tangan")};
    for (int i = 0; i < headers.size(); ++i)
        if (synonyms.contains(StaffColumnMap::headerKey(headers.at(i))))
            return i;
    return -1;
}

} // namespace

Result<PledgeImportResult> PledgeImporter::import(const ElectionPeriod& period, PledgeKind kind, const QString& path)
{
    auto source = RowSource::open(path);
    if (!source)
        return source.error();
    QList<SpreadsheetCell> cells;
    if (!(*source)->readRow(cells)) {
        if (!(*source)->status())
            return (*source)->status().error();
        return Error::invalid(tr("The file is empty."));
    }
    const QStringList headers = RowSource::texts(cells);
    const int nipColumn = AttendanceColumnMap::detect(headers).nip();
    const int dayColumn = dateColumn(headers);
    if (nipColumn < 0)
        return Error::invalid(tr("No NIP column found; the header row should name one (NIP, NIP Baru)."));
    if (dayColumn < 0)
        return Error::invalid(tr("No date column found; head it Tanggal, Tanggal Ikrar, Tanggal Tanda Tangan or Tgl."));

    PledgeImportResult result;
    StaffRepository staff(m_db);
    PledgeRepository pledges(m_db);
    const QDate today = m_db.clock().today();
    QMap<QDate, QList<qint64>> byDay; // valid rows, grouped so each date is one record() call
    const auto reject = [&](const QString& column, const QString& value, const QString& reason) {
        result.rejects.push_back({(*source)->rowNumber(), column, value, reason});
        ++result.rejectedRows;
    };
    while ((*source)->readRow(cells)) {
        const SpreadsheetCell nipCell = cells.value(nipColumn);
        const SpreadsheetCell dayCell = cells.value(dayColumn);
        const QString nipHeader = headers.at(nipColumn).simplified();
        const QString dayHeader = headers.at(dayColumn).simplified();
        if (nipCell.type == SpreadsheetCell::Type::Number || Nip::looksDamagedBySpreadsheet(nipCell.text)) {
            reject(nipHeader, nipCell.text, Nip::spreadsheetDamage().message);
            continue;
        }
        const auto person = staff.findByNip(nipCell.text);
        if (!person) {
            if (person.error().kind != ErrorKind::NotFound)
                return person.error();
            reject(nipHeader, nipCell.text, tr("Not in the database."));
            continue;
        }
        std::optional<QDate> day;
        if (dayCell.type == SpreadsheetCell::Type::Date && dayCell.date.isValid())
            day = dayCell.date;
        else
            day = parseDateInput(dayCell.text);
        if (!day) {
            reject(dayHeader, dayCell.text, tr("Not a date; write YYYY-MM-DD or dd/mm/yyyy."));
            continue;
        }
        if (!period.contains(*day)) {
            reject(dayHeader, dayCell.text, tr("Outside the period %1.").arg(period.name));
            continue;
        }
        if (*day > today) {
            reject(dayHeader, dayCell.text, tr("In the future."));
            continue;
        }
        const auto active = pledges.activeOn(person->id, *day);
        if (!active)
            return active.error();
        if (!*active) {
            reject(nipHeader, nipCell.text, tr("%1 was not an active ASN on that date.").arg(person->name));
            continue;
        }
        byDay[*day].push_back(person->id);
    }
    if (!(*source)->status())
        return (*source)->status().error();

    const Status written = m_db.transaction([&]() -> Status {
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            PledgeDraft draft;
            draft.kind = kind;
            draft.signedOn = it.key();
            draft.recordedBy = QStringLiteral("import");
            const auto counts = pledges.record(period, draft, it.value());
            if (!counts)
                return counts.error();
            result.recorded += counts->recorded;
            result.alreadyRecorded += counts->alreadyRecorded;
        }
        return {};
    });
    if (!written)
        return written.error();
    return result;
}

} // namespace netra
