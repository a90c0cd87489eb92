// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace netra {

// The kinds of perangkat daerah and sub-units (DOMAIN.md §4), as stored codes.
QStringList unitKindCodes();
bool isUnitKind(const QString& code);
QString unitKindLabel(const QString& code); // translated

} // namespace netra
