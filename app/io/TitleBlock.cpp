// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitleBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QPainter>

#include <utility>

namespace netra {

namespace {
// A title alone at the foot of a page, its table on the next, reads as an error.
constexpr qreal kKeepWithNextMm = 25.0;
} // namespace

TitleBlock::TitleBlock(QStringList lines, qreal pointSize)
    : m_lines(std::move(lines))
    , m_pointSize(pointSize > 0 ? pointSize : ReportStyle::kTitlePt)
{
}

void TitleBlock::layout(ReportPager& pager, qreal width) const
{
    const WrappedText text(m_lines.join(QLatin1Char('\n')), ReportStyle::font(m_pointSize, true),
                           width, Qt::AlignHCenter);
    pager.ensureSpace(text.height() + ReportStyle::mm(kKeepWithNextMm));
    ReportPager::Piece piece;
    piece.height = text.height();
    piece.paint = [text](QPainter& painter, const QRectF& rect) {
        text.paint(painter, rect.topLeft());
    };
    pager.place(piece);
    pager.addSpace(ReportStyle::mm(5));
}

} // namespace netra
