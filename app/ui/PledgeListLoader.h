// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Result.h"
#include "store/PledgeRepository.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace netra {

class Database;

// What the Ikrar & Pakta page lists: who owes `kind` of `period` as of `asOf`, filtered.
struct PledgeListQuery {
    ElectionPeriod period;
    PledgeKind kind = PledgeKind::Ikrar;
    QDate asOf;
    ObligationFilter filter;
};

// One answer: the list (cut at the filter's limit) and the counts of the same period, kind,
// unit and date, whatever the signing filter.
struct PledgeList {
    PledgeListQuery query;
    Obligations obligations;
    ObligationCounts counts;
};

// Reads pledge lists for the page on a thread of its own with its own connection (Qt SQL
// connections belong to the thread that opened them): who owes a pledge is a walk of the
// unit's assignments, seconds for a unit of half a million or for "all units" of a large
// Pemda, and the window must stay alive meanwhile. A running SQLite query cannot be
// stopped, but a request that a newer one overtook is skipped before it starts, and its
// answer is dropped.
class PledgeListLoader : public QObject {
    Q_OBJECT
public:
    explicit PledgeListLoader(QObject* parent = nullptr);
    ~PledgeListLoader() override;

    // nullptr stops. A file on a network share is held exclusively by one connection, so
    // there the lists are read through `db` itself, in the caller's thread.
    void setDatabase(Database* db);
    void load(const PledgeListQuery& query);
    bool isLoading() const { return m_loading; }

    // The store calls behind one answer.
    static Result<PledgeList> read(Database& db, const PledgeListQuery& query);

signals:
    void loaded(const netra::PledgeList& list);
    void failed(const QString& message);

private:
    struct OwnConnection;

    void stop();
    void deliver(int generation, const Result<PledgeList>& result);

    Database* m_db = nullptr; // read through directly (network share)
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives in m_thread; the requests run as its events
    std::shared_ptr<OwnConnection> m_own;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace netra
