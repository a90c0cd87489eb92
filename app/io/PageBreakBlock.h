// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

namespace netra {

// What follows starts on a new page (each unit's daftar hadir, say); nothing when the
// current page is still empty, so no blank sheet is ever printed.
class PageBreakBlock : public ReportBlock {
public:
    void layout(ReportPager& pager, qreal width) const override;
};

} // namespace netra
