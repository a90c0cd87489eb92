// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceTableModel.h"

#include "NipText.h"

#include "io/ModelSheetExporter.h"

#include <QBrush>
#include <QColor>

namespace netra {

AttendanceTableModel::AttendanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_region(RegionTime::fromCode(QString()))
{
}

void AttendanceTableModel::setEntries(const QList<AttendanceEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AttendanceTableModel::setRegionTime(const RegionTime& region)
{
    m_region = region;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

const AttendanceEntry* AttendanceTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void AttendanceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttendanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttendanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceTableModel::flag(const AttendanceEntry& entry) const
{
    if (entry.staffId == 0)
        return tr("walk-in");
    if (!entry.targeted || (entry.record && entry.record->outsideTarget))
        return tr("not invited");
    return {};
}

QVariant AttendanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttendanceEntry& entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !entry.record)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::ForegroundRole && index.column() == FlagColumn)
        return QBrush(QColor(0x8a, 0x53, 0x00));
    if (role == ModelSheetExporter::CellRole)
        return index.column() == NipColumn ? QVariant::fromValue(SheetCell::fromText(entry.nip)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return index.row() + 1;
    case NameColumn: return entry.name;
    case NipColumn: return groupedNip(entry.nip);
    case PositionColumn: return entry.position;
    case UnitColumn: return entry.unitName;
    case StatusColumn: return entry.record ? AttendanceStatusText::displayName(entry.record->status) : tr("not recorded");
    case TimeColumn: return entry.record ? m_region.clockText(entry.record->capturedAt) : QString();
    case MethodColumn: return entry.record ? AttendanceStatusText::displayName(entry.record->method) : QString();
    case FlagColumn: return flag(entry);
    }
    return {};
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No");
    case NameColumn: return tr("Name");
    case NipColumn: return tr("NIP");
    case PositionColumn: return tr("Position");
    case UnitColumn: return tr("Unit");
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Time (%1)").arg(m_region.code());
    case MethodColumn: return tr("Method");
    case FlagColumn: return tr("Note");
    }
    return {};
}

} // namespace netra
