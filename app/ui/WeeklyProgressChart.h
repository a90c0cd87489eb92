// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ComplianceRepository.h"

#include <QChartView>
#include <QList>

namespace netra {

// Signing and attendance through the period, week by week, as shares of the ASN active on
// the as-of date: two lines that should climb towards the thresholds before voting day.
class WeeklyProgressChart : public QChartView {
    Q_OBJECT
public:
    explicit WeeklyProgressChart(QWidget* parent = nullptr);

    void setWeeks(const QList<ComplianceRepository::WeekPoint>& weeks, int activeStaff);
    void retranslate();

private:
    void build();

    QList<ComplianceRepository::WeekPoint> m_weeks;
    int m_active = 0;
};

} // namespace netra
