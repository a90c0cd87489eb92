// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Staff.h"
#include "core/StaffQuery.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace netra {

class Database;

// Reads the roster for StaffTableModel, normally on a thread of its own with its own
// connection (Qt SQL connections belong to the thread that opened them). For each query it
// sends the first window at once, then every id in order, so that the table shows rows
// before a million ids are known. Requests of an older query than the latest are dropped.
class StaffRowLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    // Opens `path` itself, in the thread it lives in, on first use.
    StaffRowLoader(QString path, std::shared_ptr<std::atomic<int>> latest);
    // Reads through `db`, in the caller's thread (a file on a network share is held
    // exclusively by one connection, so no second one can open it).
    StaffRowLoader(Database* db, std::shared_ptr<std::atomic<int>> latest);
    ~StaffRowLoader() override;

    void runQuery(int generation, const netra::StaffQuery& query);
    void fetchRows(int generation, int page, const QList<qint64>& ids);

signals:
    void firstRows(int generation, const QList<qint64>& ids, const QList<netra::Staff>& rows, bool complete);
    void allIds(int generation, const QList<qint64>& ids);
    void rowsFetched(int generation, int page, const QList<netra::Staff>& rows);
    void failed(int generation, const QString& message);

private:
    Database* database(int generation);
    bool stale(int generation) const { return m_latest->load() != generation; }

    QString m_path;
    std::unique_ptr<Database> m_own;
    Database* m_db = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace netra
