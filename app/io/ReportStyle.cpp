// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStyle.h"

#include "ReportFonts.h"

namespace netra {

QFont ReportStyle::font(qreal pointSize, bool bold)
{
    return ReportFonts::forLayout(pointSize, kDpi, bold);
}

} // namespace netra
