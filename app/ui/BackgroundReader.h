// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace netra {

class Database;

// Reads a page's database on a thread of its own with its own connection (Qt SQL
// connections belong to the thread that opened them), so that a long read leaves the window
// alive. Only the latest request counts: a running SQLite query cannot be stopped, but a
// request that a newer one overtook is skipped before it starts, and its answer is dropped.
// The thread's connection runs on the page database's clock, set before each request, so
// "today" is the same day on both connections (and a test's pinned date reaches the thread).
// A file on a network share is held exclusively by one connection, so there the reads go
// through the page's database itself, in the caller's thread.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    explicit BackgroundReader(QString threadName, QObject* parent = nullptr);
    ~BackgroundReader() override;

    // nullptr stops.
    void setDatabase(Database* db);
    bool isLoading() const { return m_loading; }

    // Runs `read` on the reader's connection and hands its value to `loaded`, or its error's
    // message to `failed`, in this object's thread, unless a newer request came meanwhile.
    // Does nothing when stopped.
    template <typename T>
    void request(std::function<Result<T>(Database&)> read, std::function<void(const T&)> loaded,
                 std::function<void(const QString&)> failed)
    {
        submit([read = std::move(read), loaded = std::move(loaded), failed = std::move(failed)](
                   Database* db, const Error& openError) {
            const Result<T> result = db ? read(*db) : Result<T>(openError);
            return std::function<void()>([loaded, failed, result] {
                if (result)
                    loaded(*result);
                else
                    failed(result.error().message);
            });
        });
    }

private:
    struct OwnConnection;
    // Runs with the connection, or nullptr and why it did not open; returns the delivery.
    using Job = std::function<std::function<void()>(Database* db, const Error& openError)>;

    void stop();
    int nextGeneration();
    void submit(Job job);
    void deliver(int generation, const std::function<void()>& delivery);

    QString m_threadName;
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
