// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace netra {

class Database;

// Who owes the ikrar in a unit on a date, and how many of them had signed it by then, counted
// from running changes per unit and day that triggers keep (schema v11) instead of by visiting
// the unit's people: the same answer as walking StaffOnDate's active ASN, for any unit size.
// The same triggers keep ikrar_outstanding, who has not signed a period's ikrar at all, which
// PledgeRepository reads unsigned pages from.
class IkrarTally {
    Q_DECLARE_TR_FUNCTIONS(IkrarTally)
public:
    struct Counts {
        int owed = 0;        // active ASN of the unit on the date
        int signedCount = 0; // of those, with the period's ikrar signed by the date
    };

    explicit IkrarTally(Database& db) : m_db(db) {}

    // For one unit, or every unit with `unitId` 0.
    Result<Counts> counts(qint64 periodId, QDate asOf, qint64 unitId = 0) const;
    // Writes the changes and the outstanding list again from the rows: after a bulk load that
    // set the staff, assignment or pledge triggers aside. One transaction (joins the caller's).
    Status rebuild();

private:
    Database& m_db;
};

} // namespace netra
