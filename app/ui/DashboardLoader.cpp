// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardLoader.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

namespace netra {

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent)
    , m_reader(QStringLiteral("dashboard"))
{
}

void DashboardLoader::setDatabase(Database* db)
{
    m_reader.setDatabase(db);
}

void DashboardLoader::load(const DashboardQuery& query)
{
    m_reader.request<DashboardFigures>([query](Database& db) { return read(db, query); },
                                       [this](const DashboardFigures& figures) { emit loaded(figures); },
                                       [this](const QString& message) { emit failed(message); });
}

Result<DashboardFigures> DashboardLoader::read(Database& db, const DashboardQuery& query)
{
    const ComplianceRepository compliance(db);
    DashboardFigures figures{query, {}, {}, {}, 0};
    const auto thresholds = compliance.thresholds(query.period.id);
    if (!thresholds)
        return thresholds.error();
    figures.thresholds = *thresholds;
    auto units = compliance.figures(query.period, query.asOf, thresholds->minSessions);
    if (!units)
        return units.error();
    figures.units = std::move(*units);
    auto weeks = compliance.weeklyProgress(query.period, query.asOf);
    if (!weeks)
        return weeks.error();
    figures.weeks = std::move(*weeks);
    CaseFilter overdue;
    overdue.periodId = query.period.id;
    overdue.overdueOnly = true;
    const auto cases = CaseRepository(db).list(overdue);
    if (!cases)
        return cases.error();
    figures.overdueCases = int(cases->size());
    return figures;
}

} // namespace netra
