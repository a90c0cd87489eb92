// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitShareChart.h"

#include "StatusColour.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace netra {

UnitShareChart::UnitShareChart(Share share, QWidget* parent)
    : QChartView(parent)
    , m_share(share)
{
    setRenderHint(QPainter::Antialiasing);
    build();
}

void UnitShareChart::setUnits(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds)
{
    m_units.clear();
    for (const UnitCompliance& unit : units)
        if (unit.activeStaff > 0)
            m_units << unit;
    // Drawn from the bottom up: reversed, the first unit by code stands on top.
    std::reverse(m_units.begin(), m_units.end());
    m_thresholds = thresholds;
    build();
}

void UnitShareChart::retranslate()
{
    build();
}

void UnitShareChart::build()
{
    // A new chart each time: cheaper to reason about than patching axes and sets, and a
    // Pemda has tens of units, not thousands.
    auto* chart = new QChart;
    chart->setTitle(m_share == Share::Ikrar ? tr("Ikrar signed per unit (%)") : tr("Attendance per unit (%)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* series = new QHorizontalStackedBarSeries;
    const ComplianceStatus statuses[] = {ComplianceStatus::Patuh, ComplianceStatus::PerluPerhatian,
                                         ComplianceStatus::TidakPatuh};
    QList<QBarSet*> sets;
    for (const ComplianceStatus status : statuses) {
        auto* set = new QBarSet(ComplianceRule::displayName(status));
        set->setColor(statusColour(status));
        set->setBorderColor(statusColour(status));
        sets << set;
    }
    QStringList categories;
    m_unitIds.clear();
    for (const UnitCompliance& unit : std::as_const(m_units)) {
        const int n = m_share == Share::Ikrar ? unit.ikrarSigned : unit.attendedStaff;
        const double value = ComplianceRule::percent(n, unit.activeStaff);
        const ComplianceStatus status = ComplianceRule::status(unit, m_thresholds);
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets.at(i)->append(statuses[i] == status ? value : 0.0);
        categories << unit.unitCode;
        m_unitIds << unit.unitId;
    }
    series->append(sets);
    chart->addSeries(series);
    auto* units = new QBarCategoryAxis;
    units->append(categories);
    chart->addAxis(units, Qt::AlignLeft);
    series->attachAxis(units);
    auto* shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(shares);
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_unitIds.size())
            emit unitClicked(m_unitIds.at(index));
    });
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace netra
