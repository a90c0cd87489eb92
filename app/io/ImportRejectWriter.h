// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ImportReject.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace netra {

// Saves an import's reject list for the clerk to fix in a spreadsheet: columns row, column,
// value, reason; one line per problem. ".xlsx" writes a workbook whose value column is text
// (a NIP stays 18 digits), anything else CSV (TextSheetWriter).
class ImportRejectWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportRejectWriter)
public:
    static Status write(const QString& path, const QList<ImportReject>& rejects);
    static QStringList columns(); // fixed English names, read by scripts
};

} // namespace netra
