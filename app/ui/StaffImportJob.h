// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/StaffImporter.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace netra {

class Database;

// Runs one StaffImporter pass (dry run or real) on a worker thread with its own connection,
// reporting progress and taking a cancel. On a network share, which this process holds
// through its one connection, the pass runs on the calling thread instead.
class StaffImportJob : public QObject {
    Q_OBJECT
public:
    using Outcome = std::optional<Result<ImportSummary>>;

    explicit StaffImportJob(Database& db, QObject* parent = nullptr);
    ~StaffImportJob() override; // cancels a running pass and waits for it

    // The pass begins on the next turn of the event loop: a cancel asked for before then
    // stops it before the first row, so nothing is written.
    void start(const QString& path, StaffImporter::Options options);
    void cancel();
    // Blocks until a running pass ends (delivering finished() first).
    void wait();
    bool isRunning() const { return m_running; }
    const Outcome& outcome() const { return m_outcome; }

signals:
    void progressed(double share, int rows);
    void finished();

private:
    struct Shared {
        std::atomic_bool cancel = false;
        std::atomic<int> permille = 0;
        std::atomic<int> rows = 0;
    };

    void launch(int generation);
    void deliver(int generation, Outcome outcome);

    Database& m_db;
    std::shared_ptr<Shared> m_shared;
    QFuture<Outcome> m_future;
    QTimer* m_tick;
    QString m_path;
    StaffImporter::Options m_options;
    Outcome m_outcome;
    int m_generation = 0;
    bool m_running = false;
    bool m_launched = false;
};

} // namespace netra
