// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldListBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace netra {

FieldListBlock::FieldListBlock(QList<Field> fields, qreal pointSize)
    : m_fields(std::move(fields))
    , m_pointSize(pointSize > 0 ? pointSize : ReportStyle::kBodyPt)
{
}

void FieldListBlock::layout(ReportPager& pager, qreal width) const
{
    if (m_fields.isEmpty())
        return;
    const QFont font = ReportStyle::font(m_pointSize);
    const QFontMetricsF metrics(font);
    qreal labelWidth = 0;
    for (const Field& field : m_fields)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(field.first));
    labelWidth += ReportStyle::mm(3);
    const QString colon = QStringLiteral(":");
    const qreal colonWidth = metrics.horizontalAdvance(colon) + ReportStyle::mm(2);
    const qreal valueLeft = labelWidth + colonWidth;
    const qreal valueWidth = qMax(width - valueLeft, width / 3);

    struct Line {
        WrappedText label;
        WrappedText value;
        qreal height = 0;
    };
    QList<Line> lines;
    qreal height = 0;
    for (const Field& field : m_fields) {
        Line line{WrappedText(field.first, font, labelWidth), WrappedText(field.second, font, valueWidth)};
        line.height = qMax(line.label.height(), line.value.height());
        height += line.height;
        lines.append(line);
    }
    const WrappedText colonText(colon, font, colonWidth);

    ReportPager::Piece piece;
    piece.height = height;
    piece.paint = [lines, colonText, labelWidth, valueLeft](QPainter& painter, const QRectF& rect) {
        qreal y = rect.top();
        for (const Line& line : lines) {
            line.label.paint(painter, QPointF(rect.left(), y));
            colonText.paint(painter, QPointF(rect.left() + labelWidth, y));
            line.value.paint(painter, QPointF(rect.left() + valueLeft, y));
            y += line.height;
        }
    };
    pager.place(piece);
    pager.addSpace(ReportStyle::mm(4));
}

} // namespace netra
