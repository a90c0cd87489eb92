// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StaffInUnit.h"

#include <QAbstractTableModel>
#include <QList>

namespace netra {

// A plain list of people: number, name, NIP, position. Read only.
class StaffInUnitTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, NipColumn, PositionColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPeople(const QList<StaffInUnit>& people);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffInUnit> m_people;
};

} // namespace netra
