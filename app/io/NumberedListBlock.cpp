// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberedListBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <utility>

namespace netra {

NumberedListBlock::NumberedListBlock(QStringList items, Qt::Alignment alignment, qreal pointSize)
    : m_items(std::move(items))
    , m_alignment(alignment)
    , m_pointSize(pointSize > 0 ? pointSize : ReportStyle::kBodyPt)
{
}

void NumberedListBlock::layout(ReportPager& pager, qreal width) const
{
    if (m_items.isEmpty())
        return;
    const QFont font = ReportStyle::font(m_pointSize);
    const QString widest = QString::number(m_items.size()) + QLatin1Char('.');
    const qreal indent = qMax(QFontMetricsF(font).horizontalAdvance(widest) + ReportStyle::mm(2), ReportStyle::mm(7));
    for (qsizetype n = 0; n < m_items.size(); ++n) {
        if (n > 0)
            pager.addSpace(ReportStyle::mm(1));
        const WrappedText number(QString::number(n + 1) + QLatin1Char('.'), font, indent);
        const WrappedText text(m_items.at(n), font, width - indent, m_alignment);
        for (int i = 0; i < text.lineCount(); ++i) {
            ReportPager::Piece piece;
            piece.height = text.lineHeight(i);
            piece.paint = [number, text, i, indent](QPainter& painter, const QRectF& rect) {
                if (i == 0)
                    number.paint(painter, rect.topLeft());
                text.paintLine(painter, i, rect.topLeft() + QPointF(indent, 0));
            };
            pager.place(piece);
        }
    }
    pager.addSpace(ReportStyle::mm(3));
}

} // namespace netra
