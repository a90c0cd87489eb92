// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Compliance.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "store/ComplianceRepository.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

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

// Reads the dashboard's figures on a thread of its own with its own connection (Qt SQL
// connections belong to the thread that opened them): the figures walk the whole roster,
// seconds at a million staff, and the window must stay alive meanwhile. Built like
// PledgeListLoader: a request that a newer one overtook is skipped before it starts, and
// its answer is dropped.
class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(QObject* parent = nullptr);
    ~DashboardLoader() override;

    // nullptr stops. On a network share the figures are read through `db` itself, in the
    // caller's thread (the file is held exclusively by one connection).
    void setDatabase(Database* db);
    void load(const DashboardQuery& query);
    bool isLoading() const { return m_loading; }

    // The store calls behind one answer.
    static Result<DashboardFigures> read(Database& db, const DashboardQuery& query);

signals:
    void loaded(const netra::DashboardFigures& figures);
    void failed(const QString& message);

private:
    struct OwnConnection;

    void stop();
    void deliver(int generation, const Result<DashboardFigures>& result);

    Database* m_source = nullptr; // the page's database: its clock is the thread's "today"
    Database* m_db = nullptr;     // read through directly (network share)
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives in m_thread; the requests run as its events
    std::shared_ptr<OwnConnection> m_own;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace netra
