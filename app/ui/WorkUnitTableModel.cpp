// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkUnitTableModel.h"

#include "core/UnitKind.h"
#include "io/ModelSheetExporter.h"

#include <QLocale>

namespace netra {

void WorkUnitTableModel::setUnits(const QList<WorkUnit>& units)
{
    beginResetModel();
    m_units = units;
    m_names.clear();
    for (const WorkUnit& unit : std::as_const(m_units))
        m_names.insert(unit.id, unit.name);
    endResetModel();
}

void WorkUnitTableModel::setHeadcounts(const std::optional<QHash<qint64, qint64>>& counts)
{
    m_counts = counts;
    if (!m_units.isEmpty())
        emit dataChanged(index(0, HeadcountColumn), index(rowCount() - 1, HeadcountColumn));
}

const WorkUnit* WorkUnitTableModel::unitAt(int row) const
{
    return row >= 0 && row < m_units.size() ? &m_units.at(row) : nullptr;
}

int WorkUnitTableModel::rowOfCode(const QString& code) const
{
    for (qsizetype i = 0; i < m_units.size(); ++i)
        if (m_units.at(i).code == code)
            return int(i);
    return -1;
}

void WorkUnitTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_units.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkUnitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int WorkUnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkUnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkUnit& unit = m_units.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == HeadcountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ModelSheetExporter::CellRole) {
        // A name without the indent that shows nesting; the headcount a number that sums.
        if (index.column() == NameColumn)
            return QVariant::fromValue(SheetCell::fromText(unit.name));
        if (index.column() == HeadcountColumn && m_counts)
            return QVariant::fromValue(SheetCell::fromInteger(m_counts->value(unit.id)));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return unit.code;
    case NameColumn: return unit.parentId ? QStringLiteral("    ") + unit.name : unit.name;
    case KindColumn: return unitKindLabel(unit.kind);
    case ParentColumn: return m_names.value(unit.parentId);
    case HeadColumn: return unit.headName.isEmpty() ? tr("(none recorded)") : unit.headName;
    case HeadcountColumn:
        if (!m_counts)
            return QStringLiteral("…");
        return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(m_counts->value(unit.id));
    }
    return {};
}

QVariant WorkUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case ParentColumn: return tr("Part of");
    case HeadColumn: return tr("Head");
    case HeadcountColumn: return tr("Staff");
    }
    return {};
}

} // namespace netra
