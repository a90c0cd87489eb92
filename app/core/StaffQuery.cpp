// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffQuery.h"

#include "Nip.h"
#include "PersonName.h"

namespace netra {

StaffSearchTerm StaffSearchTerm::interpret(const QString& text)
{
    const QString digits = Nip::clean(text);
    if (digits.isEmpty())
        return {};
    bool allDigits = true;
    for (const QChar c : digits)
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (allDigits)
        return {Mode::NipPrefix, digits};
    const QString key = nameKey(text);
    if (key.isEmpty())
        return {};
    return {key.size() < 3 ? Mode::NamePrefix : Mode::NameFragment, key};
}

QString StaffSearchTerm::upperBound() const
{
    // Keys are digits or name keys, all below U+FFFF: appending it bounds every extension.
    return key + QChar(0xFFFF);
}

StaffSort StaffQuery::effectiveSort() const
{
    if (sort != StaffSort::Auto)
        return sort;
    return term().mode == StaffSearchTerm::Mode::NipPrefix ? StaffSort::Nip : StaffSort::Name;
}

} // namespace netra
