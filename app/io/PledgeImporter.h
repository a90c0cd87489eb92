// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/ImportReject.h"
#include "core/Pledge.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace netra {

class Database;

// What a pledge import did.
struct PledgeImportResult {
    int recorded = 0;
    int alreadyRecorded = 0;
    int rejectedRows = 0;
    QList<ImportReject> rejects;
};

// Signed pledges from a CSV or XLSX list: a NIP column (the roster import's NIP rules) and a
// date column headed Tanggal, Tanggal Ikrar, Tanggal Tanda Tangan or Tgl (YYYY-MM-DD, dd/mm/yyyy
// or a spreadsheet date). Rows that fail a rule are listed and left out; the others are
// recorded in one transaction.
class PledgeImporter {
    Q_DECLARE_TR_FUNCTIONS(PledgeImporter)
public:
    explicit PledgeImporter(Database& db) : m_db(db) {}

    // A file that cannot be read is a File error; one without a NIP or a date column, or
    // not a spreadsheet, is Invalid; in both cases nothing is written.
    Result<PledgeImportResult> import(const ElectionPeriod& period, PledgeKind kind, const QString& path);

private:
    Database& m_db;
};

} // namespace netra
