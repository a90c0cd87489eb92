// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class BenchTable;

namespace netra {

class Database;

// `export staff` on the million-staff file: the XLSX workbook (libxlsxwriter, constant
// memory), how far each run raised the process's peak resident memory, and CSV beside it.
void addExportRows(BenchTable& table, Database& db);

} // namespace netra
