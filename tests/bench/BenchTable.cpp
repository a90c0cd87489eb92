// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchTable.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

void BenchTable::printHeader() const
{
    QTextStream out(stdout);
    out << QStringLiteral("%1 | %2 | %3 | %4\n")
               .arg(QStringLiteral("benchmark"), -44)
               .arg(QStringLiteral("data"), -22)
               .arg(QStringLiteral("median"), 12)
               .arg(QStringLiteral("runs"));
    out << QString(96, QLatin1Char('-')) << "\n";
}

void BenchTable::add(const QString& name, const QString& dataSize, const QString& unit, const std::function<double()>& measure)
{
    QList<double> results;
    for (int i = 0; i < m_runs; ++i)
        results.push_back(measure());
    std::sort(results.begin(), results.end());
    const double median = results.at(results.size() / 2);
    QStringList all;
    for (double r : std::as_const(results))
        all << QString::number(r, 'g', 4);
    QTextStream out(stdout);
    out << QStringLiteral("%1 | %2 | %3 | %4\n")
               .arg(name, -44)
               .arg(dataSize, -22)
               .arg(QString::number(median, 'f', 3) + QLatin1Char(' ') + unit, 12)
               .arg(all.join(QLatin1Char(' ')));
    out.flush();
}
