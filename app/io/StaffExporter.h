// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"

#include "core/Result.h"
#include "core/Staff.h"
#include "core/StaffQuery.h"
#include "store/StaffRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace netra {

class Database;

// The roster as a spreadsheet for the clerk: one sheet "Pegawai" in an XLSX workbook, or
// CSV with the same columns, streamed from the store so that a million people are never
// held in memory. Headers and values are fixed Indonesian whatever the UI language (kind
// codes as `staff add` takes them, L/P, Ya/Tidak), so a file reads the same wherever it goes;
// NIPs are text cells, birth dates real dates. Nothing is left at the target when the export
// fails or is cancelled. Personal data is minimised (UU 27/2022, DOMAIN.md §12): birth date
// and sex only when asked for, and NIPs can be masked for a file that leaves the office.
class StaffExporter {
    Q_DECLARE_TR_FUNCTIONS(StaffExporter)
public:
    enum class Format { Xlsx, Csv };

    struct Options {
        StaffFilter filter;
        // The Pegawai page's search, filters and order: the rows as the clerk sees them.
        // When set it replaces `filter`.
        std::optional<StaffQuery> query;
        bool personalData = false; // Jenis Kelamin and Tanggal Lahir columns
        bool maskNip = false;      // "**************1003": only the last four digits
        // Told the rows written so far, every 1,000 rows; returning false cancels.
        std::function<bool(qint64 rows)> progress;
        QString xlsxLibrary; // another libxlsxwriter file, for tests
    };

    explicit StaffExporter(Database& db) : m_db(db) {}

    // The number of people written. An unknown unit in the filter is NotFound.
    Result<qint64> write(const QString& path, Format format, const Options& options) const;

    static QStringList columns(const Options& options);
    static QList<SheetCell> cells(const Staff& staff, const QString& unitName, const Options& options);
    static QString maskedNip(const QString& nip);

private:
    Database& m_db;
};

} // namespace netra
