// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImporter.h"

#include "RosterRowReader.h"
#include "RowSource.h"
#include "RowsByNip.h"
#include "StaffRowParser.h"

#include "core/Nip.h"

#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/RosterRepository.h"
#include "store/SettingsRepository.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchIndex.h"
#include "store/WorkUnitRepository.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace netra {

namespace {

const QString kMappingKey = QStringLiteral("import.staff.mapping");
constexpr int kAddBatch = 2048;    // new people written per round: whole statements of rows
constexpr int kProgressEvery = 256; // rows

// The facts a roster row carries (titles are part of the name), as one number: a stored
// record and a row with equal fingerprints are taken as the same, which misses a change only
// when two different records hash alike (one chance in 2^64). Columns the file lacks are
// left out: they keep what is stored.
quint64 recordFingerprint(const Staff& s, const StaffColumnMap& map)
{
    return qHashMulti(0, s.name, int(s.kind), s.sex ? int(*s.sex) : -1, s.birthDate.toJulianDay(),
                      map.has(StaffField::Grade) ? s.grade : QString(),
                      map.has(StaffField::Position) ? s.position : QString(), s.active);
}

} // namespace

Result<StaffColumnMap::Overrides> StaffImporter::rememberedMapping(Database& db)
{
    const auto text = SettingsRepository(db).value(kMappingKey);
    if (!text)
        return text.error();
    return StaffColumnMap::decode(*text);
}

Result<ImportSummary> StaffImporter::import(const QString& path, const Options& options)
{
    const QDate today = m_db.clock().today();
    const QDate effective = options.effective.isValid() ? options.effective : today;

    auto opened = RowSource::open(path, options.sheet);
    if (!opened)
        return opened.error();
    RowSource& source = **opened;
    const QString shown = QDir::toNativeSeparators(path);

    QList<SpreadsheetCell> cells;
    if (!source.readRow(cells)) {
        if (!source.status())
            return source.status().error();
        return Error::invalid(tr("%1 is empty").arg(shown));
    }
    const QStringList headers = RowSource::texts(cells);

    StaffColumnMap::Overrides overrides;
    if (options.useRememberedMapping) {
        const auto remembered = rememberedMapping(m_db);
        if (!remembered)
            return remembered.error();
        overrides = *remembered;
    }
    for (auto it = options.overrides.cbegin(); it != options.overrides.cend(); ++it)
        overrides.insert(it.key(), it.value());
    const StaffColumnMap map = StaffColumnMap::detect(headers, overrides);
    for (const StaffField required : {StaffField::Nip, StaffField::Name, StaffField::Unit}) {
        if (!map.has(required))
            return Error::invalid(tr("The header row (row %1) has no %2 column; it has: %3. Name the column with --map COLUMN=%2.")
                                      .arg(source.rowNumber())
                                      .arg(staffFieldCode(required), headers.join(QStringLiteral(", "))));
    }

    const auto pppkCheck = SettingsRepository(m_db).value(QStringLiteral("nip.pppk_code_check"));
    if (!pppkCheck)
        return pppkCheck.error();
    const StaffRowParser parser(map, today, *pppkCheck != QLatin1String("false"));

    RosterRepository roster(m_db);
    const auto fingerprint = [&map](const Staff& s) { return recordFingerprint(s, map); };
    auto loaded = roster.loadByNip(fingerprint);
    if (!loaded)
        return loaded.error();
    const QHash<qint64, RosterEntry> existing = std::move(loaded).value();

    WorkUnitRepository unitRepository(m_db);
    const auto unitList = unitRepository.list(effective);
    if (!unitList)
        return unitList.error();
    QHash<QString, QList<qint64>> units; // unitNameKey -> ids (several: ambiguous)
    for (const WorkUnit& unit : *unitList)
        units[unitNameKey(unit.name)].push_back(unit.id);

    const bool write = !options.dryRun;
    ImportSummary summary;
    RowsByNip rowOfNip;
    QList<RosterAddition> pending;
    qint64 simulatedUnitId = 0;

    const StaffRowParser::StoredKind storedKind = [&](const QString& digits) -> std::optional<StaffKind> {
        const auto key = Nip::asKey(digits);
        const auto it = key ? existing.constFind(*key) : existing.cend();
        return it == existing.cend() ? std::nullopt : std::optional<StaffKind>(it->kind);
    };
    // Once an import has added as many people as the roster held (a first import, or one
    // that doubles it), building its indexes again at the end is the cheaper way.
    const qsizetype bulkAddFrom = std::max(m_bulkAddFrom, existing.size());
    const auto flushPending = [&]() -> Status {
        if (write && summary.added >= bulkAddFrom)
            if (Status begun = roster.beginBulkAdd(); !begun)
                return begun;
        if (write)
            if (Status added = roster.add(pending, effective); !added)
                return added;
        pending.clear();
        return {};
    };
    const auto unitFor = [&](StaffRowParser::Parsed& parsed, int row) -> qint64 {
        const QString& name = parsed.unitName;
        const auto found = units.constFind(parsed.unitKey);
        if (found != units.cend()) {
            if (found->size() == 1)
                return found->front();
            parsed.problems.push_back({row, map.header(StaffField::Unit), name,
                                       tr("Several work units are named \"%1\"; give them different names first.").arg(name)});
            return 0;
        }
        if (!options.createUnits) {
            parsed.problems.push_back({row, map.header(StaffField::Unit), name,
                                       tr("Unknown work unit \"%1\"; add it first or import with --create-units.").arg(name)});
            return 0;
        }
        qint64 id = --simulatedUnitId;
        if (write) {
            const auto code = roster.nextImportUnitCode();
            if (!code)
                return 0;
            WorkUnit unit;
            unit.code = *code;
            unit.name = name;
            unit.kind = QStringLiteral("lainnya");
            const auto added = unitRepository.add(unit);
            if (!added)
                return 0;
            id = *added;
        }
        ++summary.unitsCreated;
        units[parsed.unitKey] = {id};
        return id;
    };

    const auto work = [&]() -> Status {
        int rows = 0;
        RosterRowReader reader(source, parser, map.column(StaffField::Nip), storedKind, options.cancel);
        RosterRowReader::Row read;
        while (reader.next(read)) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                break;
            if (options.progress && ++rows % kProgressEvery == 0)
                options.progress(reader.progress(), rows);
            const int row = read.number;
            StaffRowParser::Parsed& parsed = read.parsed;

            if (!parsed.nipDigits.isEmpty())
                if (const auto first = rowOfNip.firstOrAdd(parsed.nipDigits, row))
                    parsed.problems.push_front({row, map.header(StaffField::Nip), read.nipText,
                                                tr("The same NIP is on row %1; this row is left out.").arg(*first)});
            qint64 unitId = 0;
            if (parsed.problems.isEmpty())
                unitId = unitFor(parsed, row);
            if (parsed.problems.isEmpty() && unitId == 0)
                return Error::database(tr("Cannot add the work unit %1.").arg(parsed.unitName));

            Staff& staff = parsed.staff;
            staff.unitId = unitId;
            // Only read here: the reading thread looks the stored kinds up meanwhile.
            const auto key = parsed.problems.isEmpty() ? Nip::asKey(staff.nip) : std::nullopt;
            const auto stored = key ? existing.constFind(*key) : existing.cend();
            if (stored != existing.cend()) {
                const bool moves = stored->unitId != unitId;
                if (moves && stored->assignedFrom.isValid() && effective < stored->assignedFrom)
                    parsed.problems.push_back({row, map.header(StaffField::Unit), parsed.unitName,
                                               tr("The move is dated %1, before the current assignment began on %2; import with a later --effective date.")
                                                   .arg(effective.toString(Qt::ISODate), stored->assignedFrom.toString(Qt::ISODate))});
                if (parsed.problems.isEmpty()) {
                    staff.id = stored->staffId;
                    const bool changed = fingerprint(staff) != stored->fingerprint;
                    if (!changed && !moves) {
                        ++summary.unchanged;
                    } else {
                        ++summary.updated;
                        if (write && changed) {
                            // Columns the file lacks keep what is stored.
                            if (!map.has(StaffField::Grade) || !map.has(StaffField::Position)) {
                                const auto record = StaffRepository(m_db).findById(staff.id);
                                if (!record)
                                    return record.error();
                                if (!map.has(StaffField::Grade))
                                    staff.grade = record->grade;
                                if (!map.has(StaffField::Position))
                                    staff.position = record->position;
                            }
                            if (Status updated = roster.update(staff); !updated)
                                return updated;
                        }
                        if (write && moves) {
                            const Status moved = effective == stored->assignedFrom ? roster.correctUnit(staff.id, unitId)
                                                                                   : roster.move(staff.id, unitId, effective);
                            if (!moved)
                                return moved;
                        }
                    }
                }
            } else if (parsed.problems.isEmpty()) {
                ++summary.added;
                pending.push_back({std::move(staff), std::move(parsed.nameKey)});
                if (pending.size() >= kAddBatch)
                    if (Status flushed = flushPending(); !flushed)
                        return flushed;
            }

            summary.warnings.append(parsed.warnings);
            if (!parsed.problems.isEmpty()) {
                summary.rejects.append(parsed.problems);
                ++summary.rejectedRows;
            }
        }
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Error::cancelled(tr("The import was cancelled; nothing was written."));
        if (Status read = reader.status(); !read)
            return read;
        if (Status flushed = flushPending(); !flushed)
            return flushed;

        if (options.deactivateMissing) {
            QList<qint64> missing;
            for (auto it = existing.cbegin(); it != existing.cend(); ++it)
                if (it->active && !rowOfNip.containsKey(it.key()))
                    missing.push_back(it->staffId);
            std::sort(missing.begin(), missing.end());
            summary.deactivated = int(missing.size());
            summary.updated += summary.deactivated;
            if (write)
                if (Status done = roster.deactivate(missing, effective); !done)
                    return done;
        }
        if (write) {
            if (roster.inBulkAdd()) {
                // Builds the search index again too.
                if (Status finished = roster.finishBulkAdd(); !finished)
                    return finished;
            } else if (const auto refreshed = StaffSearchIndex(m_db).refreshIfOutgrown(); !refreshed) {
                // An import that more than doubled the roster leaves the search index's name
                // buckets too large for quick name-ordered results.
                return refreshed.error();
            }
            // Walk-ins recorded at a desk before they were on the roster now have a staff row.
            const auto tied = AttendanceRepository(m_db).reconcileWalkIns();
            if (!tied)
                return tied.error();
            summary.walkInsTied = *tied;
        }
        if (write && options.useRememberedMapping)
            if (auto saved = SettingsRepository(m_db).set(kMappingKey, StaffColumnMap::encode(overrides)); !saved)
                return saved.error();
        if (options.progress)
            options.progress(1.0, rows);
        return {};
    };

    const Status done = write ? m_db.transaction(work) : work();
    if (!done)
        return done.error();
    return summary;
}

} // namespace netra
