// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Numbers as Indonesian paper prints them (DOMAIN.md §11): a dot between thousands, a comma
// before the decimals: "1.234", "1.234,5", "95,4%". Fixed rules, never QLocale, for the same
// reason as IndonesianDate: the machine's locale must not change a report.
namespace netra::IndonesianNumber {

QString integer(qint64 value); // 1234 -> "1.234", -1234 -> "-1.234"
// Always `decimals` places, rounded half away from zero: (1234.5, 1) -> "1.234,5", (100, 1) -> "100,0".
QString decimal(double value, int decimals);
// A share with one decimal, as the CSV's ikrar_pct has it, so paper and export agree:
// 95.4 -> "95,4%", 100 -> "100,0%", 0 -> "0,0%".
QString percent(double value);

} // namespace netra::IndonesianNumber
