// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceBench.h"

#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

namespace netra {

void addComplianceRow(BenchTable& table, Database& db, const QString& data)
{
    const auto period = ElectionPeriodRepository(db).findByName(QStringLiteral("Pilkada 2024"));
    if (!period) {
        std::fprintf(stderr, "compliance: %s\n", qPrintable(period.error().message));
        std::exit(3);
    }
    ComplianceRepository compliance(db);
    table.add(QStringLiteral("compliance: every unit, voting day"), data, QStringLiteral("ms"), [&] {
        QElapsedTimer timer;
        timer.start();
        const auto units = compliance.figures(*period, period->votingDay, 1);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!units || units->isEmpty()) {
            std::fprintf(stderr, "compliance failed\n");
            std::exit(3);
        }
        return ms;
    });
}

} // namespace netra
