// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Staff.h"

#include <QCoreApplication>
#include <QDate>

namespace netra {

// The rules a staff record must meet before it is stored, the same for the CLI, the GUI
// and imports: a name, a valid NIP for ASN (none for non-ASN), a sex that agrees with it.
class StaffValidator {
    Q_DECLARE_TR_FUNCTIONS(StaffValidator)
public:
    explicit StaffValidator(QDate today, bool checkPppkCodeDigits = true)
        : m_today(today), m_checkPppkCodeDigits(checkPppkCodeDigits) {}

    // Returns the record completed: NIP bare, name split into titles and bare name, sex and
    // birth date taken from the NIP where the draft has none.
    Result<Staff> validate(Staff draft) const;

private:
    QDate m_today;
    bool m_checkPppkCodeDigits;
};

} // namespace netra
