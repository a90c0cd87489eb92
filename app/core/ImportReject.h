// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace netra {

// One problem in one row of an imported file, numbered as the spreadsheet shows it
// (header = row 1), so the clerk can find and fix it.
struct ImportReject {
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

// What an import did, or in a dry run would do.
struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportReject> rejects;
    int rejectedRows = 0; // a row may carry several problems
    // Kept rows with something the clerk should look at (a birth date that disagrees with
    // the NIP), and what else the import did beyond the rows themselves.
    QList<ImportReject> warnings;
    int deactivated = 0;  // people missing from the file, marked inactive (counted in updated)
    int unitsCreated = 0;
    int walkInsTied = 0; // desk walk-ins whose NIP the import brought onto the roster
};

} // namespace netra
