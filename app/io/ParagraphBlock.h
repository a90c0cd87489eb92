// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QString>

namespace netra {

// Running text; flows line by line over a page break.
class ParagraphBlock : public ReportBlock {
public:
    explicit ParagraphBlock(QString text, Qt::Alignment alignment = Qt::AlignLeft,
                            bool bold = false, qreal pointSize = 0);
    void layout(ReportPager& pager, qreal width) const override;

private:
    QString m_text;
    Qt::Alignment m_alignment;
    bool m_bold = false;
    qreal m_pointSize = 0;
};

} // namespace netra
