// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpreadsheetCell.h"

#include "core/ImportReject.h"
#include "core/StaffColumnMap.h"
#include "core/Staff.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace netra {

// Turns one row of a roster into a validated staff record, or into the list of what is
// wrong with it, each problem naming the column as the file heads it. No database: the
// caller looks up the unit and the stored person.
class StaffRowParser {
    Q_DECLARE_TR_FUNCTIONS(StaffRowParser)
public:
    struct Parsed {
        Staff staff;       // validated when problems is empty
        QString nameKey;   // nameKey(staff.name), made here, off an import's writing thread
        QString nipDigits; // Nip::clean of the cell, even when the row is rejected
        QString unitName;  // simplified
        QString unitKey;   // unitNameKey(unitName)
        QList<ImportReject> problems;
        QList<ImportReject> warnings;
    };
    // The kind stored for a NIP already on the roster, so a file without a kind column
    // checks an NI PPPK by the PPPK rules.
    using StoredKind = std::function<std::optional<StaffKind>(const QString& nipDigits)>;

    StaffRowParser(const StaffColumnMap& map, QDate today, bool checkPppkCodeDigits)
        : m_map(map), m_today(today), m_checkPppkCodeDigits(checkPppkCodeDigits) {}

    Parsed parse(const QList<SpreadsheetCell>& cells, int row, const StoredKind& storedKind) const;

private:
    const SpreadsheetCell& cell(const QList<SpreadsheetCell>& cells, StaffField field) const;

    StaffColumnMap m_map;
    QDate m_today;
    bool m_checkPppkCodeDigits;
    SpreadsheetCell m_empty;
};

} // namespace netra
