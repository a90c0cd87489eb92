// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffInUnitTableModel.h"

#include "NipText.h"

#include "io/ModelSheetExporter.h"

namespace netra {

void StaffInUnitTableModel::setPeople(const QList<StaffInUnit>& people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int StaffInUnitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int StaffInUnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffInUnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffInUnit& person = m_people.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ModelSheetExporter::CellRole)
        return index.column() == NipColumn ? QVariant::fromValue(SheetCell::fromText(person.nip)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn: return index.row() + 1;
    case NameColumn: return person.name;
    case NipColumn: return groupedNip(person.nip);
    case PositionColumn: return person.position;
    case ColumnCount: break;
    }
    return {};
}

QVariant StaffInUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("Name");
    case NipColumn: return tr("NIP");
    case PositionColumn: return tr("Position");
    case ColumnCount: break;
    }
    return {};
}

} // namespace netra
