// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/WorkUnit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace netra {

// Perangkat daerah with kind, parent, head and headcount. A Pemda has tens of units, so
// they are held whole; only the headcounts arrive later (they count every assignment).
class WorkUnitTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, KindColumn, ParentColumn, HeadColumn, HeadcountColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUnits(const QList<WorkUnit>& units);
    void setHeadcounts(const std::optional<QHash<qint64, qint64>>& counts);
    const QList<WorkUnit>& units() const { return m_units; }
    const WorkUnit* unitAt(int row) const;
    int rowOfCode(const QString& code) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkUnit> m_units;
    QHash<qint64, QString> m_names;
    std::optional<QHash<qint64, qint64>> m_counts;
};

} // namespace netra
