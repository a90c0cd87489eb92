// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTableModel.h"

#include "core/IndonesianDate.h"
#include "io/ModelSheetExporter.h"

namespace netra {

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_region(RegionTime::fromCode(QString()))
{
}

void SessionTableModel::setSessions(const QList<Session>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

void SessionTableModel::setRegionTime(const RegionTime& region)
{
    m_region = region;
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Session* SessionTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions.at(row) : nullptr;
}

int SessionTableModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i).id == id)
            return int(i);
    return -1;
}

void SessionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::timeText(const Session& session, const RegionTime& region)
{
    if (!session.start.isValid())
        return session.end.isValid() ? tr("until %1 %2").arg(dottedTime(session.end), region.code()) : QString();
    if (!session.end.isValid())
        return tr("%1 %2 until finished").arg(dottedTime(session.start), region.code());
    return QStringLiteral("%1–%2 %3").arg(dottedTime(session.start), dottedTime(session.end), region.code());
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& session = m_sessions.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == UnitsColumn && !session.targetsAllUnits())
            return session.targetUnitCodes.join(QStringLiteral(", "));
        if (index.column() == ClosedColumn && session.closed())
            return tr("Closed on %1 at %2 %3")
                .arg(IndonesianDate::longDate(m_region.wallClock(session.closedAt).date()),
                     m_region.clockText(session.closedAt), m_region.code());
        if (index.column() == TitleColumn && !session.notes.isEmpty())
            return session.notes;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == UnitsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ModelSheetExporter::CellRole) {
        if (index.column() == DateColumn)
            return QVariant::fromValue(SheetCell::fromDate(session.date));
        if (index.column() == UnitsColumn && !session.targetsAllUnits())
            return QVariant::fromValue(SheetCell::fromInteger(session.targetUnitCodes.size()));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: return IndonesianDate::dayAndDate(session.date);
    case TimeColumn: return timeText(session, m_region);
    case TitleColumn: return session.title;
    case VenueColumn: return session.venue;
    case SpeakersColumn: return session.speakers;
    case UnitsColumn: return session.targetsAllUnits() ? tr("All") : QString::number(session.targetUnitCodes.size());
    case ClosedColumn: return session.closed() ? tr("Closed") : tr("Open");
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TimeColumn: return tr("Time");
    case TitleColumn: return tr("Title");
    case VenueColumn: return tr("Venue");
    case SpeakersColumn: return tr("Speakers");
    case UnitsColumn: return tr("Invited units");
    case ClosedColumn: return tr("Status");
    }
    return {};
}

} // namespace netra
