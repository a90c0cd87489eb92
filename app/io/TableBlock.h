// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"
#include "ReportTable.h"

namespace netra {

// A ruled table: bold header row repeated at the top of every page it runs onto, rows kept
// whole, cell text wrapped within its column.
class TableBlock : public ReportBlock {
public:
    explicit TableBlock(ReportTable table);
    void layout(ReportPager& pager, qreal width) const override;

private:
    ReportTable m_table;
};

} // namespace netra
