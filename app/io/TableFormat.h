// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace netra {

// How a CLI list command prints its rows: aligned text for people, CSV for spreadsheets,
// JSON for scripts.
enum class TableFormat { Table, Csv, Json };

// "table", "csv", "json" (case-insensitive).
std::optional<TableFormat> tableFormatFromCode(const QString& code);
QString tableFormatCode(TableFormat format);

} // namespace netra
