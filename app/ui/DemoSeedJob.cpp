// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeedJob.h"

#include "store/Database.h"
#include "store/DemoSeeder.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace netra {

Status DemoSeedJob::run(const QString& path, QWidget* parent, int staff)
{
    if (QFile::exists(path))
        return Error::file(tr("%1 already exists; demo data goes into a new file.").arg(path));
    auto done = std::make_shared<std::atomic<int>>(0);
    QFuture<Status> future = QtConcurrent::run([path, staff, done]() -> Status {
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        if (!db)
            return db.error();
        const auto counts = DemoSeeder(**db).seed(staff, 1, [done](int n) { done->store(n); });
        if (!counts) {
            db->reset();
            QFile::remove(path); // our own new file: leave nothing half-made behind
            return counts.error();
        }
        return {};
    });

    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Demo data"));
    progress.setLabelText(tr("Creating the demo Kabupaten Sukamaju with %1 staff…").arg(staff));
    progress.setCancelButton(nullptr); // a few seconds; the file is new, so nothing to undo
    progress.setRange(0, staff);
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] { progress.setValue(done->load()); });
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    tick.start(100);
    if (!future.isFinished())
        loop.exec();
    tick.stop();
    progress.reset();
    return future.result();
}

} // namespace netra
