// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Compliance.h"

#include <QChartView>
#include <QList>

class QBarSet;

namespace netra {

// One share per unit (the ikrar or the attendance) as horizontal bars of 0 to 100 %, each
// bar in its unit's status colour. A stacked series with one bar set per status, each unit's
// share in the set of its status and zero in the others, is how Qt Charts colours bars of
// one series differently. A click on a bar names the unit.
class UnitShareChart : public QChartView {
    Q_OBJECT
public:
    enum class Share { Ikrar, Attendance };

    explicit UnitShareChart(Share share, QWidget* parent = nullptr);

    // Units without active staff have no share and get no bar.
    void setUnits(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds);
    const QList<qint64>& unitIds() const { return m_unitIds; } // bottom to top, as drawn
    void retranslate();

signals:
    void unitClicked(qint64 unitId);

private:
    void build();

    Share m_share;
    QList<UnitCompliance> m_units;
    ComplianceThresholds m_thresholds;
    QList<qint64> m_unitIds;
};

} // namespace netra
