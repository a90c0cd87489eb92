// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Compliance.h"

#include <QAbstractTableModel>
#include <QList>

namespace netra {

// The dashboard's weakest units: unit, ikrar %, attendance %, status, weakest first.
class WeakUnitTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UnitColumn, IkrarColumn, AttendanceColumn, StatusColumn, ColumnCount };
    static constexpr int kShown = 10;
    static constexpr int UnitIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // The `count` weakest of `units`: Tidak Patuh first, then Perlu Perhatian, then Patuh;
    // within a status the lower of the two shares first (exact fractions), then by code.
    // Units without active staff have no share and are left out.
    static QList<UnitCompliance> weakest(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds,
                                         int count);

    void setUnits(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds);
    const UnitCompliance* unitAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        UnitCompliance unit;
        ComplianceStatus status = ComplianceStatus::NoStaff;
    };
    QList<Row> m_rows;
};

} // namespace netra
