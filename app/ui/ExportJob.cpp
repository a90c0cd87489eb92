// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include "store/Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace netra {

namespace {

constexpr qint64 kExportMap = qint64(1) << 30; // a million-staff file's roster and indexes

struct Shared {
    std::atomic_bool cancel = false;
    std::atomic<qint64> rows = 0;
};

} // namespace

Result<qint64> ExportJob::run(QWidget* parent, Database& db, const QString& title, Work work)
{
    const auto shared = std::make_shared<Shared>();
    const ModelSheetExporter::Progress progress = [shared](qint64 rows) {
        shared->rows = rows;
        return !shared->cancel.load();
    };

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("Reading the data…"));
    dialog.setRange(0, 0); // the number of rows is known only at the end
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);

    if (db.onNetworkShare()) {
        const auto shown = [&](qint64 rows) {
            dialog.setLabelText(tr("%1 rows written…").arg(QLocale().toString(rows)));
            QCoreApplication::processEvents();
            return !dialog.wasCanceled() && progress(rows);
        };
        return work(db, shown);
    }

    const QString path = db.path();
    const Clock* clock = &db.clock();
    QFuture<Result<qint64>> future = QtConcurrent::run([path, clock, work, progress]() -> Result<qint64> {
        Database::Options options;
        options.clock = clock;
        auto own = Database::open(path, options);
        if (!own)
            return own.error();
        // Lists are read in the window's order, not the file's: mapped, a million rows in
        // name order take half the time. The map goes with this connection.
        if (Status mapped = (*own)->mapIntoMemory(kExportMap); !mapped)
            return mapped.error();
        return work(**own, progress);
    });

    QFutureWatcher<Result<qint64>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [shared] { shared->cancel = true; });
    QTimer tick;
    tick.setInterval(250);
    // Shown from the first tick on: a short export finishes without a dialog flashing by.
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, shared] {
        if (!dialog.isVisible() && !shared->cancel)
            dialog.show();
        if (const qint64 rows = shared->rows.load(); rows > 0)
            dialog.setLabelText(tr("%1 rows written…").arg(QLocale().toString(rows)));
    });
    watcher.setFuture(future);
    if (!future.isFinished()) {
        tick.start();
        loop.exec();
    }
    future.waitForFinished();
    return future.result();
}

} // namespace netra
