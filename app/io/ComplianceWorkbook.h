// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"
#include "SheetOutput.h"

#include "core/CaseCatalog.h"
#include "core/Compliance.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "core/ViolationCase.h"
#include "store/StaffInUnit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace netra {

class Database;

// The compliance of a period as of a date for a spreadsheet: "Ringkasan", the per-unit
// figures of ComplianceRepository with a JUMLAH row (the sums, and the percentages of the
// sums), then the people and cases behind them, so a figure can be checked name by name:
// "Belum Ikrar" (active ASN without an ikrar by the date), "Belum Hadir" (present at fewer
// than the period's minimum sessions) and "Kasus" (the cases counted, with their status on
// the date). The lists come from the same store queries as the figures, so their lengths
// are the sums of active - ikrar, active - attended and cases. Fixed Indonesian headers and
// values; NIPs as text, maskable (DOMAIN.md §12). Everything is read before a file is made.
class ComplianceWorkbook {
    Q_DECLARE_TR_FUNCTIONS(ComplianceWorkbook)
public:
    struct Options {
        QDate asOf; // null: the period's voting day
        bool maskNip = false;
        QString xlsxLibrary; // another libxlsxwriter file, for tests
    };

    // Rows written to each sheet (Ringkasan without its JUMLAH row).
    struct Counts {
        int units = 0;
        int notSigned = 0;
        int notAttended = 0;
        int cases = 0;
    };

    explicit ComplianceWorkbook(Database& db) : m_db(db) {}

    Result<Counts> write(const QString& path, SheetOutput::Format format, const ElectionPeriod& period,
                         const Options& options) const;

    static QStringList sheetNames(); // Ringkasan, Belum Ikrar, Belum Hadir, Kasus
    static QStringList summaryColumns();
    static QStringList peopleColumns();
    static QStringList caseColumns();

    static QList<SheetCell> summaryCells(const UnitCompliance& unit, const ComplianceThresholds& thresholds);
    // `headsSigned`: how many units' heads signed the pakta, in the pakta column.
    static QList<SheetCell> totalCells(const UnitCompliance& total, int headsSigned);
    static QList<SheetCell> personCells(const StaffInUnit& person, bool maskNip);
    static QList<SheetCell> caseCells(const ViolationCase& c, const CaseCatalog& catalog, bool maskNip);

private:
    Database& m_db;
};

} // namespace netra
