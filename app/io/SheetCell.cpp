// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetCell.h"

#include <cmath>

namespace netra {

QString SheetCell::plainText() const
{
    switch (type) {
    case Type::Empty: return {};
    case Type::Text: return text;
    case Type::Number:
    case Type::Percent:
        // 15 significant digits, as a spreadsheet keeps them; no exponent for ordinary sizes.
        return std::isfinite(number) ? QString::number(number, 'g', 15) : QString();
    case Type::Integer: return QString::number(integer);
    case Type::Date: return date.toString(Qt::ISODate);
    }
    return {};
}

} // namespace netra
