// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QPainter>

#include <utility>

namespace netra {

ParagraphBlock::ParagraphBlock(QString text, Qt::Alignment alignment, bool bold, qreal pointSize)
    : m_text(std::move(text))
    , m_alignment(alignment)
    , m_bold(bold)
    , m_pointSize(pointSize > 0 ? pointSize : ReportStyle::kBodyPt)
{
}

void ParagraphBlock::layout(ReportPager& pager, qreal width) const
{
    const WrappedText text(m_text, ReportStyle::font(m_pointSize, m_bold), width, m_alignment);
    for (int i = 0; i < text.lineCount(); ++i) {
        ReportPager::Piece piece;
        piece.height = text.lineHeight(i);
        piece.paint = [text, i](QPainter& painter, const QRectF& rect) {
            text.paintLine(painter, i, rect.topLeft());
        };
        pager.place(piece);
    }
    pager.addSpace(ReportStyle::mm(3));
}

} // namespace netra
