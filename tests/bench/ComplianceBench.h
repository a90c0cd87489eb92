// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchTable.h"

namespace netra {

class Database;

// Compliance per unit for every unit of the demo's Pilkada 2024 on its voting day
// (ComplianceRepository::figures, the query the dashboard, the report and the exports read).
void addComplianceRow(BenchTable& table, Database& db, const QString& data);

// The Sekda's summary of the same period and day as a PDF (figures, layout, chart, pages),
// written to a file.
void addComplianceReportRow(BenchTable& table, Database& db, const QString& data);

} // namespace netra
