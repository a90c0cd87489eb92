// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ImportReject.h"
#include "core/Result.h"
#include "core/StaffColumnMap.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>
#include <functional>

namespace netra {

class Database;

// Imports the HR office's staff roster (XLSX or CSV) by NIP: new people are added and
// assigned to their unit from the effective date, changed ones updated, a changed unit
// closes the old assignment and opens a new one. Rows that break a rule are listed with
// the spreadsheet's row number and left out; the valid rows go in in one transaction, so a
// failed or cancelled import leaves the database as it was. Safe to run on a worker thread
// with its own Database.
class StaffImporter {
    Q_DECLARE_TR_FUNCTIONS(StaffImporter)
public:
    struct Options {
        bool dryRun = false;           // count and list rejects, write nothing
        bool createUnits = false;      // unknown unit names become new units (kind "lainnya")
        bool deactivateMissing = false; // staff with a NIP not in the file become inactive
        QDate effective;               // of new assignments and deactivations; null: today
        QString sheet;                 // XLSX: by name; empty: the first sheet
        // Column choices on top of the remembered ones (which they replace per column).
        StaffColumnMap::Overrides overrides;
        bool useRememberedMapping = true;
        // Checked between rows; when set the import stops and nothing is written.
        const std::atomic_bool* cancel = nullptr;
        // (share of the file read 0..1, rows read so far), every few hundred rows.
        std::function<void(double, int)> progress;
    };

    // From this many new people on (or as many as the roster held, if more), the roster's
    // indexes are set aside and built again at the end (RosterRepository::beginBulkAdd).
    static constexpr qsizetype kBulkAddFrom = 50'000;

    explicit StaffImporter(Database& db, qsizetype bulkAddFrom = kBulkAddFrom) : m_db(db), m_bulkAddFrom(bulkAddFrom) {}

    // An error when the file cannot be opened (File), is not a spreadsheet, is empty or has
    // no NIP, name or unit column (Invalid), or the import was cancelled (Cancelled).
    Result<ImportSummary> import(const QString& path, const Options& options);

    // The column choices saved by the last import (setting import.staff.mapping).
    static Result<StaffColumnMap::Overrides> rememberedMapping(Database& db);

private:
    Database& m_db;
    qsizetype m_bulkAddFrom;
};

} // namespace netra
