// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceImporter.h"

#include "RowSource.h"

#include "core/AttendanceColumnMap.h"
#include "core/DateInput.h"
#include "core/NameMatch.h"
#include "core/Nip.h"
#include "core/PersonName.h"
#include "core/RegionTime.h"
#include "store/Database.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"
#include "store/StaffMatchRepository.h"
#include "store/StaffRepository.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace netra {

namespace {

constexpr int kProgressEvery = 256; // rows
constexpr int kCandidates = 3;
constexpr int kPoolLimit = 50; // people sharing words with an unknown name, ranked for candidates

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

// The row's cells the import reads; an absent column gives an empty cell.
SpreadsheetCell cellAt(const QList<SpreadsheetCell>& cells, int column)
{
    return column >= 0 ? cells.value(column) : SpreadsheetCell();
}

} // namespace

QDateTime AttendanceImporter::timestampInstant(const SpreadsheetCell& cell, const QString& zoneCode)
{
    const RegionTime region = RegionTime::fromCode(zoneCode);
    if (cell.type == SpreadsheetCell::Type::Date && cell.date.isValid()) {
        // A datetime cell is a serial day number whose fraction is the time of day.
        const double fraction = cell.number - std::floor(cell.number);
        const qint64 seconds = std::min<qint64>(qRound64(fraction * 86400.0), 86399);
        return region.instant(cell.date, QTime(0, 0).addSecs(int(seconds)));
    }
    if (cell.isEmpty())
        return {};
    const auto reading = parseTimestampInput(cell.text);
    if (!reading)
        return {};
    return region.instant(reading->date, reading->time);
}

Result<AttendanceImportResult> AttendanceImporter::import(qint64 sessionId, const QString& path, const Options& options)
{
    const auto session = SessionRepository(m_db).findById(sessionId);
    if (!session)
        return session.error();
    return import(*session, path, options);
}

Result<AttendanceImportResult> AttendanceImporter::import(const Session& session, const QString& path,
                                                          const Options& options)
{
    const auto targetIds = SessionRepository(m_db).targetUnitIds(session.id);
    if (!targetIds)
        return targetIds.error();
    const QSet<qint64> targets(targetIds->cbegin(), targetIds->cend());
    const auto zone = SettingsRepository(m_db).value(QStringLiteral("region.time_zone"));
    if (!zone)
        return zone.error();
    const RegionTime region = RegionTime::fromCode(*zone);
    const QTime startTime = session.start.isValid() ? session.start : QTime(0, 0);
    const QDateTime sessionStart = region.instant(session.date, startTime);
    const QString sessionDay = session.date.toString(Qt::ISODate);

    auto opened = RowSource::open(path, options.sheet);
    if (!opened)
        return opened.error();
    RowSource& source = **opened;
    QList<SpreadsheetCell> cells;
    if (!source.readRow(cells)) {
        if (!source.status())
            return source.status().error();
        return Error::invalid(tr("%1 is empty").arg(QDir::toNativeSeparators(path)));
    }
    const QStringList headers = RowSource::texts(cells);
    const AttendanceColumnMap map = AttendanceColumnMap::detect(headers);
    if (!map.hasNip() && !map.hasName())
        return Error::invalid(tr("The header row (row %1) has neither a NIP nor a name column; it has: %2.")
                                  .arg(source.rowNumber())
                                  .arg(headers.join(QStringLiteral(", "))));

    StaffRepository staff(m_db);
    StaffMatchRepository names(m_db);
    const auto markInvited = [&](QList<StaffCandidate>& people) {
        for (StaffCandidate& person : people)
            person.invited = person.unitId != 0 && (session.targetsAllUnits() || targets.contains(person.unitId));
    };

    AttendanceImportResult result;
    struct Matched {
        qsizetype index = 0; // into result.present
        bool byNip = false;  // some row named the person by NIP
    };
    QHash<qint64, Matched> matched;

    while (source.readRow(cells)) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Error::cancelled(tr("The import was cancelled; nothing was written."));
        ++result.rows;
        if (options.progress && result.rows % kProgressEvery == 0)
            options.progress(source.progress(), result.rows);
        const int row = source.rowNumber();
        const SpreadsheetCell nipCell = cellAt(cells, map.nip());
        const SpreadsheetCell nameCell = cellAt(cells, map.name());
        const SpreadsheetCell timeCell = cellAt(cells, map.timestamp());

        QDateTime at = sessionStart;
        if (!timeCell.isEmpty()) {
            const QDateTime stamped = timestampInstant(timeCell, region.code());
            if (stamped.isValid())
                at = stamped;
            else
                result.warnings.push_back({row, map.header(map.timestamp()), timeCell.text,
                                           tr("The time cannot be read; the session's start (%1 %2) is used.")
                                               .arg(dottedTime(startTime), region.code())});
        }

        qint64 staffId = 0;
        bool byName = false;
        QStringList why;
        QList<StaffCandidate> candidates;

        const QString nipText = nipCell.text.trimmed();
        if (!nipText.isEmpty()) {
            if (nipCell.type == SpreadsheetCell::Type::Number || Nip::looksDamagedBySpreadsheet(nipText)) {
                why << sentence(Nip::spreadsheetDamage().message);
            } else if (const auto person = staff.findByNip(nipText)) {
                staffId = person->id;
            } else if (person.error().kind == ErrorKind::NotFound) {
                why << tr("NIP %1 is not on the roster.").arg(nipText);
            } else {
                return person.error();
            }
        }
        const QString nameText = nameCell.text.simplified();
        if (staffId == 0 && !nameText.isEmpty()) {
            const QString key = nameKey(nameText);
            auto bearers = key.isEmpty() ? QList<StaffCandidate>() : names.withNameKey(key, session.date, kCandidates);
            if (!bearers)
                return bearers.error();
            markInvited(*bearers);
            Result<QList<StaffCandidate>> invited = QList<StaffCandidate>();
            if (bearers->size() > 1)
                invited = names.invitedWithNameKey(key, session, kCandidates);
            if (!invited)
                return invited.error();
            if (const auto person = pickByName(*bearers, *invited)) {
                staffId = person->staffId;
                byName = true;
            } else if (bearers->isEmpty()) {
                why << tr("Nobody active on %1 is named \"%2\".").arg(sessionDay, nameText);
                const QStringList words = searchWords(key);
                auto pool = names.withFragments(words, session.date, kPoolLimit);
                if (!pool)
                    return pool.error();
                if (pool->size() < kCandidates && words.size() > 1) {
                    const auto wider = names.withFragments(words.mid(0, 1), session.date, kPoolLimit);
                    if (!wider)
                        return wider.error();
                    pool->append(*wider);
                }
                markInvited(*pool);
                candidates = bestCandidates(key, *pool, kCandidates);
            } else {
                why << (invited->isEmpty()
                            ? tr("Several people active on %1 are named \"%2\", none of them in an invited unit; confirm one.")
                            : tr("Several people active on %1 in invited units are named \"%2\"; confirm one."))
                           .arg(sessionDay, nameText);
                candidates = bestCandidates(key, *invited + *bearers, kCandidates);
            }
        } else if (staffId == 0 && nipText.isEmpty()) {
            why << tr("The row has neither a NIP nor a name.");
        }

        if (staffId == 0) {
            result.unmatched.push_back({row, nipCell.text, nameCell.text, timeCell.text, at,
                                        why.join(QLatin1Char(' ')), candidates});
            continue;
        }
        const auto seen = matched.find(staffId);
        if (seen == matched.end()) {
            matched.insert(staffId, {result.present.size(), !byName});
            result.present.push_back({staffId, at});
            continue;
        }
        ++result.duplicates;
        seen->byNip = seen->byNip || !byName;
        QDateTime& kept = result.present[seen->index].at;
        if (at < kept)
            kept = at;
    }
    if (!source.status())
        return source.status().error();
    if (options.progress)
        options.progress(1.0, result.rows);

    result.matched = int(result.present.size());
    for (const Matched& person : std::as_const(matched))
        result.byName += person.byNip ? 0 : 1;

    if (options.dryRun || result.present.isEmpty())
        return result;
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return Error::cancelled(tr("The import was cancelled; nothing was written."));
    const auto written = AttendanceRepository(m_db).recordPresent(session, result.present, CaptureMethod::Import);
    if (!written)
        return written.error();
    result.written = *written;
    return result;
}

Result<AttendanceCounts> AttendanceImporter::recordConfirmed(Database& db, const Session& session,
                                                             const QList<AttendanceRepository::Presence>& present)
{
    QList<AttendanceRepository::Presence> once;
    QHash<qint64, qsizetype> index;
    for (const AttendanceRepository::Presence& person : present) {
        const auto seen = index.constFind(person.staffId);
        if (seen == index.cend()) {
            index.insert(person.staffId, once.size());
            once.push_back(person);
        } else if (person.at < once.at(*seen).at) {
            once[*seen].at = person.at;
        }
    }
    return AttendanceRepository(db).recordPresent(session, once, CaptureMethod::Import);
}

} // namespace netra
