// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ImportReject.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace netra {

class Database;

// Reads work units from a CSV file (columns code, name, abbreviation, kind and optionally
// parent_code; Indonesian headers too) and adds or updates them by code, all valid rows in
// one transaction. Rows that break a rule are listed, not written.
class WorkUnitImporter {
    Q_DECLARE_TR_FUNCTIONS(WorkUnitImporter)
public:
    explicit WorkUnitImporter(Database& db) : m_db(db) {}

    // An error when the file cannot be read (File) or has no code/name/kind header (Invalid).
    Result<ImportSummary> import(const QString& path, bool dryRun = false);

private:
    Database& m_db;
};

} // namespace netra
