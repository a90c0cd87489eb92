// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkUnitImporter.h"

#include "CsvReader.h"

#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include "core/UnitKind.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace netra {

namespace {

enum class Field { Code, Name, Abbreviation, Kind, Parent };

std::optional<Field> fieldForHeader(QString header)
{
    header = header.trimmed().toLower();
    header.remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    if (header == QLatin1String("code") || header == QLatin1String("kode") || header == QLatin1String("kodeunit"))
        return Field::Code;
    if (header == QLatin1String("name") || header == QLatin1String("nama") || header == QLatin1String("namaunit"))
        return Field::Name;
    if (header == QLatin1String("abbreviation") || header == QLatin1String("singkatan"))
        return Field::Abbreviation;
    if (header == QLatin1String("kind") || header == QLatin1String("jenis"))
        return Field::Kind;
    if (header == QLatin1String("parentcode") || header == QLatin1String("parent") || header == QLatin1String("kodeinduk")
        || header == QLatin1String("induk"))
        return Field::Parent;
    return std::nullopt;
}

struct Row {
    int number = 0;
    WorkUnit unit;
};

} // namespace

Result<ImportSummary> WorkUnitImporter::import(const QString& path, bool dryRun)
{
    CsvReader reader;
    if (auto opened = reader.open(path); !opened)
        return opened.error();
    QStringList fields;
    if (!reader.readRecord(fields))
        return reader.status() ? Error::invalid(tr("The file is empty.")) : reader.status().error();

    QHash<Field, int> columns;
    for (int i = 0; i < fields.size(); ++i)
        if (const auto field = fieldForHeader(fields.at(i)); field && !columns.contains(*field))
            columns.insert(*field, i);
    if (!columns.contains(Field::Code) || !columns.contains(Field::Name) || !columns.contains(Field::Kind))
        return Error::invalid(tr("The header row needs the columns code, name and kind; it has: %1.")
                                  .arg(fields.join(QStringLiteral(", "))));

    WorkUnitRepository units(m_db);
    ImportSummary summary;
    QList<Row> rows;
    QSet<QString> codesInFile;
    const auto cell = [&](Field field) { return columns.contains(field) ? fields.value(columns.value(field)).trimmed() : QString(); };
    const auto reject = [&](int row, const QString& column, const QString& value, const QString& reason) {
        summary.rejects.push_back({row, column, value, reason});
        ++summary.rejectedRows;
    };
    while (reader.readRecord(fields)) {
        Row row;
        row.number = reader.rowNumber();
        row.unit.code = cell(Field::Code);
        row.unit.name = cell(Field::Name).simplified();
        row.unit.abbreviation = cell(Field::Abbreviation);
        row.unit.kind = cell(Field::Kind).toLower();
        row.unit.parentCode = cell(Field::Parent);
        if (auto valid = units.validate(row.unit); !valid) {
            const QString column = row.unit.code.isEmpty() ? QStringLiteral("code")
                                 : row.unit.name.isEmpty() ? QStringLiteral("name")
                                 : !isUnitKind(row.unit.kind) ? QStringLiteral("kind")
                                                              : QStringLiteral("parent_code");
            const QString value = column == QLatin1String("kind")          ? row.unit.kind
                                : column == QLatin1String("parent_code") ? row.unit.parentCode
                                                                           : QString();
            reject(row.number, column, value, valid.error().message);
            continue;
        }
        if (codesInFile.contains(row.unit.code)) {
            reject(row.number, QStringLiteral("code"), row.unit.code, tr("Code %1 appears earlier in the file.").arg(row.unit.code));
            continue;
        }
        codesInFile.insert(row.unit.code);
        rows.push_back(row);
    }
    if (!reader.status())
        return reader.status().error();

    // A row whose parent is neither stored nor accepted from the file is rejected. That may
    // leave its own children in the file without a parent: repeat until none falls out.
    const QDate today = m_db.clock().today();
    QList<Row> accepted = rows;
    QSet<QString> droppedCodes;
    for (bool dropped = true; dropped;) {
        dropped = false;
        QList<Row> kept;
        for (const Row& row : std::as_const(accepted)) {
            const QString& parent = row.unit.parentCode;
            if (!parent.isEmpty() && !codesInFile.contains(parent) && !units.findByCode(parent, today)) {
                reject(row.number, QStringLiteral("parent_code"), parent,
                       droppedCodes.contains(parent) ? tr("The parent work unit %1 is rejected in this file.").arg(parent)
                                                     : tr("Unknown parent work unit code %1.").arg(parent));
                codesInFile.remove(row.unit.code);
                droppedCodes.insert(row.unit.code);
                dropped = true;
                continue;
            }
            kept.push_back(row);
        }
        accepted = kept;
    }
    std::stable_sort(summary.rejects.begin(), summary.rejects.end(),
                     [](const ImportReject& a, const ImportReject& b) { return a.row < b.row; });

    const Status written = m_db.transaction([&]() -> Status {
        // A parent may come after its child in the file: add the new units first, then set
        // parents and changes, so every parent exists when it is referred to.
        QList<WorkUnit> changes;
        for (const Row& row : std::as_const(accepted)) {
            const auto existing = units.findByCode(row.unit.code, today);
            if (!existing) {
                ++summary.added;
                WorkUnit unit = row.unit;
                unit.parentCode.clear();
                if (!dryRun)
                    if (auto added = units.add(unit); !added)
                        return added.error();
                if (!row.unit.parentCode.isEmpty())
                    changes.push_back(row.unit);
            } else if (existing->name == row.unit.name && existing->abbreviation == row.unit.abbreviation
                       && existing->kind == row.unit.kind && existing->parentCode == row.unit.parentCode) {
                ++summary.unchanged;
            } else {
                ++summary.updated;
                changes.push_back(row.unit);
            }
        }
        if (dryRun)
            return {};
        for (const WorkUnit& unit : std::as_const(changes))
            if (auto updated = units.update(unit); !updated)
                return updated;
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace netra
