// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CaseRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace netra {

// The Rekap of cases per unit or per kind (CaseRepository::countsByUnit / countsByKind):
// all cases, those still open, those proven.
class CaseCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Grouping { Unit, Kind };
    enum Column { NameColumn, TotalColumn, OpenColumn, ProvenColumn, ColumnCount };

    explicit CaseCountModel(Grouping grouping, QObject* parent = nullptr);

    void setCounts(const QList<CaseCount>& counts);
    const QList<CaseCount>& counts() const { return m_counts; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Grouping m_grouping;
    QList<CaseCount> m_counts;
};

} // namespace netra
