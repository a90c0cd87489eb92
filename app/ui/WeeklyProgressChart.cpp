// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyProgressChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace netra {

WeeklyProgressChart::WeeklyProgressChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    build();
}

void WeeklyProgressChart::setWeeks(const QList<ComplianceRepository::WeekPoint>& weeks, int activeStaff)
{
    m_weeks = weeks;
    m_active = activeStaff;
    build();
}

void WeeklyProgressChart::retranslate()
{
    build();
}

void WeeklyProgressChart::build()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Progress through the period (% of active ASN)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* signing = new QLineSeries;
    signing->setName(tr("Ikrar signed"));
    auto* attended = new QLineSeries;
    attended->setName(tr("Attended"));
    for (const ComplianceRepository::WeekPoint& week : std::as_const(m_weeks)) {
        // Noon, so that no time zone moves a point onto the day before.
        const qreal x = qreal(QDateTime(week.day, QTime(12, 0)).toMSecsSinceEpoch());
        signing->append(x, ComplianceRule::percent(week.ikrarSigned, m_active));
        attended->append(x, ComplianceRule::percent(week.attended, m_active));
    }
    chart->addSeries(signing);
    chart->addSeries(attended);
    auto* days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("dd-MM"));
    if (!m_weeks.isEmpty())
        days->setRange(QDateTime(m_weeks.first().day, QTime(0, 0)), QDateTime(m_weeks.last().day, QTime(23, 59)));
    chart->addAxis(days, Qt::AlignBottom);
    auto* shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(shares, Qt::AlignLeft);
    for (QLineSeries* series : {signing, attended}) {
        series->attachAxis(days);
        series->attachAxis(shares);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace netra
