// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RegionTime.h"
#include "store/AttendanceRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace netra {

// A session's roster as AttendanceRepository::roster gives it: the invited people, then
// everyone else recorded (not invited, walk-ins), each with their record if any. Hundreds
// to a few thousand rows, held whole.
class AttendanceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn, NameColumn, NipColumn, PositionColumn, UnitColumn, StatusColumn, TimeColumn, MethodColumn,
        FlagColumn, ColumnCount
    };

    explicit AttendanceTableModel(QObject* parent = nullptr);

    void setEntries(const QList<AttendanceEntry>& entries);
    void setRegionTime(const RegionTime& region);
    const QList<AttendanceEntry>& entries() const { return m_entries; }
    const AttendanceEntry* entryAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString flag(const AttendanceEntry& entry) const;

    QList<AttendanceEntry> m_entries;
    RegionTime m_region;
};

} // namespace netra
