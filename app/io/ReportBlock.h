// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace netra {

class ReportPager;

// One part of a report (letterhead, title, table, signature...). It measures itself for
// the body width and hands the pager pieces that each stay on one page.
class ReportBlock {
public:
    virtual ~ReportBlock() = default;
    virtual void layout(ReportPager& pager, qreal width) const = 0;
};

} // namespace netra
