// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackgroundReader.h"

#include "core/Compliance.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "store/ComplianceRepository.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace netra {

class Database;

// What the dashboard shows: a period as of a date.
struct DashboardQuery {
    ElectionPeriod period;
    QDate asOf;
};

// One answer: the per-unit figures with the period's thresholds, the weekly progress, and
// the cases overdue today (overdue is about today's follow-up, not the as-of date).
struct DashboardFigures {
    DashboardQuery query;
    ComplianceThresholds thresholds;
    QList<UnitCompliance> units;
    QList<ComplianceRepository::WeekPoint> weeks;
    int overdueCases = 0;
};

// Reads the dashboard's figures through a BackgroundReader: the figures walk the whole
// roster, seconds at a million staff, and the window must stay alive meanwhile.
class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(QObject* parent = nullptr);

    // nullptr stops. On a network share the figures are read through `db` itself, in the
    // caller's thread (see BackgroundReader).
    void setDatabase(Database* db);
    void load(const DashboardQuery& query);
    bool isLoading() const { return m_reader.isLoading(); }

    // The store calls behind one answer.
    static Result<DashboardFigures> read(Database& db, const DashboardQuery& query);

signals:
    void loaded(const netra::DashboardFigures& figures);
    void failed(const QString& message);

private:
    BackgroundReader m_reader;
};

} // namespace netra
