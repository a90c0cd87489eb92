// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace netra {

// A stored 18-digit NIP grouped 8-6-1-3 as people read it ("19870315 201012 1 002");
// anything else (a non-ASN internal id) as it is.
inline QString groupedNip(const QString& digits)
{
    if (digits.size() != 18)
        return digits;
    return digits.left(8) + QLatin1Char(' ') + digits.mid(8, 6) + QLatin1Char(' ') + digits.mid(14, 1)
        + QLatin1Char(' ') + digits.mid(15);
}

} // namespace netra
