// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpacerBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"

namespace netra {

SpacerBlock::SpacerBlock(qreal millimetres)
    : m_millimetres(millimetres)
{
}

void SpacerBlock::layout(ReportPager& pager, qreal /*width*/) const
{
    pager.addSpace(ReportStyle::mm(m_millimetres));
}

} // namespace netra
