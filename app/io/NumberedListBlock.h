// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QStringList>

namespace netra {

// Items numbered "1.", "2." ... with a hanging indent: the number in a narrow column, the
// text wrapped beside it (the points of an ikrar or a pakta). Flows line by line over a page
// break, like running text.
class NumberedListBlock : public ReportBlock {
public:
    explicit NumberedListBlock(QStringList items, Qt::Alignment alignment = Qt::AlignLeft, qreal pointSize = 0);
    void layout(ReportPager& pager, qreal width) const override;

private:
    QStringList m_items;
    Qt::Alignment m_alignment;
    qreal m_pointSize = 0;
};

} // namespace netra
