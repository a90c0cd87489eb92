// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffExporter.h"

#include <QString>

namespace netra {

// A NIP as an export shows it: masked to its last four digits when asked (DOMAIN.md §12).
// Only a NIP is masked; a non-ASN's internal id ("NA-000001") reveals nothing and stays.
inline QString exportedNip(const QString& nip, bool mask)
{
    if (!mask || nip.isEmpty())
        return nip;
    for (const QChar c : nip) {
        if (!c.isDigit())
            return nip;
    }
    return StaffExporter::maskedNip(nip);
}

} // namespace netra
