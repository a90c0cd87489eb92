// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceBench.h"

#include "io/ComplianceReport.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace netra {

namespace {

ElectionPeriod pilkada2024(Database& db)
{
    const auto period = ElectionPeriodRepository(db).findByName(QStringLiteral("Pilkada 2024"));
    if (!period) {
        std::fprintf(stderr, "compliance: %s\n", qPrintable(period.error().message));
        std::exit(3);
    }
    return *period;
}

} // namespace

void addComplianceRow(BenchTable& table, Database& db, const QString& data)
{
    const ElectionPeriod period = pilkada2024(db);
    // As the app counts (two halves at once on a large roster), then on one connection only.
    for (const bool split : {true, false}) {
        ComplianceRepository compliance(db, split ? ComplianceRepository::kSplitFrom : std::numeric_limits<qint64>::max());
        const QString name = split ? QStringLiteral("compliance: every unit, voting day")
                                   : QStringLiteral("compliance: the same on one connection");
        table.add(name, data, QStringLiteral("ms"), [&] {
            QElapsedTimer timer;
            timer.start();
            const auto units = compliance.figures(period, period.votingDay, 1);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!units || units->isEmpty()) {
                std::fprintf(stderr, "compliance failed: %s\n", units ? "no units" : qPrintable(units.error().message));
                std::exit(3);
            }
            return ms;
        });
    }
}

void addComplianceReportRow(BenchTable& table, Database& db, const QString& data)
{
    const ElectionPeriod period = pilkada2024(db);
    QTemporaryDir dir;
    table.add(QStringLiteral("compliance: the Sekda's PDF, every unit"), data, QStringLiteral("ms"), [&] {
        QElapsedTimer timer;
        timer.start();
        const auto report = ComplianceReport::build(db, period, {});
        if (!report || !report->writePdf(dir.filePath(QStringLiteral("rekap.pdf")))) {
            std::fprintf(stderr, "compliance report failed\n");
            std::exit(3);
        }
        return timer.nsecsElapsed() / 1e6;
    });
}

} // namespace netra
