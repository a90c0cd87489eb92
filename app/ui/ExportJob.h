// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "io/ModelSheetExporter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace netra {

class Database;

// An export that reads the database again in full (the whole roster, every pledge of a
// period) rather than the rows on screen: it runs on a worker thread with its own
// connection behind a modal progress dialog whose Cancel stops it, so that the window
// stays painted through a million rows. On a network share, which this process holds
// through its one connection, it runs on the caller's thread instead.
class ExportJob {
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
public:
    // Writes the file; returns the rows written. Must report progress for Cancel to work.
    using Work = std::function<Result<qint64>(Database& db, const ModelSheetExporter::Progress& progress)>;

    static Result<qint64> run(QWidget* parent, Database& db, const QString& title, Work work);
};

} // namespace netra
