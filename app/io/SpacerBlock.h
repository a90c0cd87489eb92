// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

namespace netra {

// Extra vertical room between blocks; none at the top of a page.
class SpacerBlock : public ReportBlock {
public:
    explicit SpacerBlock(qreal millimetres);
    void layout(ReportPager& pager, qreal width) const override;

private:
    qreal m_millimetres = 0;
};

} // namespace netra
