// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCountModel.h"

namespace netra {

CaseCountModel::CaseCountModel(Grouping grouping, QObject* parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

void CaseCountModel::setCounts(const QList<CaseCount>& counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

void CaseCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

int CaseCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int CaseCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseCount& count = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return count.code;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        // A person without an assignment on the day of the act is counted apart, not lost.
        return count.name.isEmpty() && m_grouping == Grouping::Unit ? tr("(no unit on the day of the act)") : count.name;
    case TotalColumn: return count.total;
    case OpenColumn: return count.open;
    case ProvenColumn: return count.proven;
    }
    return {};
}

QVariant CaseCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return m_grouping == Grouping::Unit ? tr("Work unit") : tr("Kind of violation");
    case TotalColumn: return tr("Cases");
    case OpenColumn: return tr("Open");
    case ProvenColumn: return tr("Proven");
    }
    return {};
}

} // namespace netra
