// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Compliance.h"

#include <QColor>

namespace netra {

// A unit's status as the dashboard colours it: the same green, amber and red as the bars
// of the printed summary (io/ComplianceReport.cpp), so screen and paper read alike.
inline QColor statusColour(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Patuh: return QColor(0x8f, 0xd1, 0x9e);
    case ComplianceStatus::PerluPerhatian: return QColor(0xf2, 0xb1, 0x34);
    case ComplianceStatus::TidakPatuh: return QColor(0xb7, 0x1c, 0x1c);
    case ComplianceStatus::NoStaff: break;
    }
    return QColor(0xd0, 0xd0, 0xd0);
}

} // namespace netra
