// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"
#include "SheetOutput.h"

#include "core/CaseCatalog.h"
#include "core/Result.h"
#include "core/ViolationCase.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace netra {

class Database;

// The violation cases of one period, or of all, as one sheet "Kasus" in the order `case
// list` gives (overdue first), with the catalogue's labels for kind and source and the
// status in Indonesian whatever the UI language; "Terlambat" is as of today.
class CaseExporter {
    Q_DECLARE_TR_FUNCTIONS(CaseExporter)
public:
    struct Options {
        qint64 periodId = 0; // 0: every period
        bool maskNip = false;
        QString xlsxLibrary; // another libxlsxwriter file, for tests
    };

    explicit CaseExporter(Database& db) : m_db(db) {}

    // The number of cases written.
    Result<qint64> write(const QString& path, SheetOutput::Format format, const Options& options) const;

    static QStringList columns();
    static QList<SheetCell> cells(const ViolationCase& c, const CaseCatalog& catalog, const Options& options);
    // Paper, Indonesian: "Dilaporkan", ..., "Tidak Terbukti". Shared with ComplianceWorkbook.
    static QString statusLabel(CaseStatus status);

private:
    Database& m_db;
};

} // namespace netra
