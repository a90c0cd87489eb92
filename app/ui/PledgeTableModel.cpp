// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeTableModel.h"

#include "NipText.h"

#include "core/IndonesianDate.h"
#include "io/ModelSheetExporter.h"

#include <QFontDatabase>

namespace netra {

PledgeTableModel::PledgeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PledgeTableModel::setEntries(const QList<PledgeEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void PledgeTableModel::setSessionTitles(const QHash<qint64, QString>& titles)
{
    m_sessionTitles = titles;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, PlaceColumn), index(rowCount() - 1, PlaceColumn));
}

const PledgeEntry* PledgeTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int PledgeTableModel::rowOfStaff(qint64 staffId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).staffId == staffId)
            return int(i);
    return -1;
}

void PledgeTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString PledgeTableModel::placeText(const Pledge& pledge) const
{
    if (!pledge.place.isEmpty() || !pledge.sessionId)
        return pledge.place;
    return m_sessionTitles.value(pledge.sessionId);
}

int PledgeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PledgeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PledgeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PledgeEntry& entry = m_entries.at(index.row());
    const bool hasEvidence = entry.pledge && !entry.pledge->evidenceSha256.isEmpty();
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        return index.column() == EvidenceColumn && hasEvidence ? QFontDatabase::systemFont(QFontDatabase::FixedFont)
                                                               : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == EvidenceColumn && hasEvidence)
            return tr("SHA-256 %1").arg(entry.pledge->evidenceSha256);
        if (index.column() == UnitColumn)
            return entry.unitCode;
        return {};
    case ModelSheetExporter::CellRole:
        // The whole fingerprint: a file is checked against it, not read by eye.
        if (index.column() == NipColumn)
            return QVariant::fromValue(SheetCell::fromText(entry.nip));
        if (index.column() == SignedOnColumn)
            return QVariant::fromValue(SheetCell::fromDate(entry.pledge ? entry.pledge->signedOn : QDate()));
        if (index.column() == EvidenceColumn)
            return QVariant::fromValue(SheetCell::fromText(hasEvidence ? entry.pledge->evidenceSha256 : QString()));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn: return index.row() + 1;
    case NameColumn: return entry.name;
    case NipColumn: return groupedNip(entry.nip);
    case PositionColumn: return entry.position;
    case UnitColumn: return entry.unitName;
    case SignedOnColumn: return entry.pledge ? IndonesianDate::longDate(entry.pledge->signedOn) : QString();
    case PlaceColumn: return entry.pledge ? placeText(*entry.pledge) : QString();
    case EvidenceColumn: return hasEvidence ? entry.pledge->evidenceSha256.left(kShortHash) : QString();
    }
    return {};
}

QVariant PledgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No");
    case NameColumn: return tr("Name");
    case NipColumn: return tr("NIP");
    case PositionColumn: return tr("Position");
    case UnitColumn: return tr("Work unit");
    case SignedOnColumn: return tr("Date signed");
    case PlaceColumn: return tr("Place");
    case EvidenceColumn: return tr("Evidence");
    }
    return {};
}

} // namespace netra
