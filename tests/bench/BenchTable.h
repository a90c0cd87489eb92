// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

// Runs a measurement several times and prints one table row with its median.
class BenchTable {
public:
    explicit BenchTable(int runs) : m_runs(runs) {}

    // measure() returns the figure of one run in `unit` (seconds, microseconds ...).
    void add(const QString& name, const QString& dataSize, const QString& unit, const std::function<double()>& measure);
    void printHeader() const;

private:
    int m_runs;
};
