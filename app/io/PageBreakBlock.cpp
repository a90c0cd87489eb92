// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageBreakBlock.h"

#include "ReportPager.h"

namespace netra {

void PageBreakBlock::layout(ReportPager& pager, qreal /*width*/) const
{
    if (!pager.atPageTop())
        pager.newPage();
}

} // namespace netra
