// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarChartBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <utility>

namespace netra {

using S = ReportStyle;

namespace {

constexpr qreal kChartPt = 8.0;
constexpr qreal kLabelShare = 0.34;  // of the width, for the unit names
constexpr qreal kValueRoomMm = 16.0; // right of the scale, for "100,0%"
constexpr qreal kBarMm = 3.2;
constexpr qreal kRowPadMm = 0.9;
constexpr qreal kSwatchMm = 3.0;

struct Geometry {
    qreal left = 0;  // where 0 % lies
    qreal scale = 0; // the length of 100 %

    qreal x(double value) const { return left + scale * qBound(0.0, value, 100.0) / 100.0; }
};

Geometry geometry(qreal width)
{
    Geometry g;
    g.left = width * kLabelShare + S::mm(2);
    g.scale = width - g.left - S::mm(kValueRoomMm);
    return g;
}

void paintMark(QPainter& painter, const Geometry& g, std::optional<double> mark, qreal top, qreal bottom)
{
    if (!mark)
        return;
    QPen pen(Qt::black, S::pt(0.8), Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(g.x(*mark), top), QPointF(g.x(*mark), bottom));
}

} // namespace

BarChartBlock::BarChartBlock(QString title, QList<Bar> bars)
    : m_title(std::move(title))
    , m_bars(std::move(bars))
{
}

void BarChartBlock::setMark(double value, const QString& label)
{
    m_mark = value;
    m_markLabel = label;
}

void BarChartBlock::layout(ReportPager& pager, qreal width) const
{
    const QFont font = S::font(kChartPt);
    const QFontMetricsF metrics(font);
    const Geometry g = geometry(width);
    const std::optional<double> mark = m_mark;

    // The heading: title, legend in one wrapped line of swatches, the scale's figures.
    const WrappedText title(m_title, S::font(S::kBodyPt, true), width, Qt::AlignLeft);
    const qreal swatch = S::mm(kSwatchMm);
    const qreal legendLine = qMax(metrics.height(), swatch);
    QList<std::pair<QPointF, LegendItem>> legend; // top-left of each swatch, below the title
    qreal x = 0;
    qreal y = 0;
    for (const LegendItem& item : m_legend) {
        const qreal itemWidth = swatch + S::mm(1.5) + metrics.horizontalAdvance(item.label) + S::mm(5);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += legendLine + S::mm(1);
        }
        legend.append({QPointF(x, y), item});
        x += itemWidth;
    }
    const bool dashedInLegend = mark && !m_markLabel.isEmpty();
    const QString markLabel = m_markLabel;
    if (dashedInLegend) {
        const qreal itemWidth = S::mm(7) + metrics.horizontalAdvance(markLabel);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += legendLine + S::mm(1);
        }
    }
    const QPointF markAt(x, y);
    const qreal legendHeight = m_legend.isEmpty() && !dashedInLegend ? 0 : y + legendLine + S::mm(2);
    const qreal scaleHeight = metrics.height() + S::mm(1);

    ReportPager::Piece heading;
    heading.height = title.height() + S::mm(2) + legendHeight + scaleHeight;
    heading.paint = [=](QPainter& painter, const QRectF& rect) {
        title.paint(painter, rect.topLeft());
        const qreal legendTop = rect.top() + title.height() + S::mm(2);
        painter.setFont(font);
        for (const auto& [at, item] : legend) {
            const QRectF box(rect.left() + at.x(), legendTop + at.y() + (legendLine - swatch) / 2, swatch, swatch);
            painter.fillRect(box, item.colour);
            painter.setPen(QPen(Qt::black, S::pt(S::kRulePt)));
            painter.drawRect(box);
            painter.drawText(QRectF(box.right() + S::mm(1.5), legendTop + at.y(), width, legendLine),
                             Qt::AlignLeft | Qt::AlignVCenter, item.label);
        }
        if (dashedInLegend) {
            const qreal mid = legendTop + markAt.y() + legendLine / 2;
            painter.setPen(QPen(Qt::black, S::pt(0.8), Qt::DashLine));
            painter.drawLine(QPointF(rect.left() + markAt.x(), mid), QPointF(rect.left() + markAt.x() + S::mm(5), mid));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(rect.left() + markAt.x() + S::mm(6.5), legendTop + markAt.y(), width, legendLine),
                             Qt::AlignLeft | Qt::AlignVCenter, markLabel);
        }
        // The scale's figures sit over the bars, a tick mark at every quarter.
        const qreal scaleTop = legendTop + legendHeight;
        painter.setPen(Qt::black);
        for (int value = 0; value <= 100; value += 25) {
            const QString label = QString::number(value) + QLatin1Char('%');
            const qreal labelWidth = metrics.horizontalAdvance(label);
            painter.drawText(QRectF(rect.left() + g.x(value) - labelWidth / 2, scaleTop, labelWidth, metrics.height()),
                             Qt::AlignCenter, label);
        }
        painter.setPen(QPen(Qt::black, S::pt(S::kRulePt)));
        painter.drawLine(QPointF(rect.left() + g.x(0), rect.bottom()), QPointF(rect.left() + g.x(100), rect.bottom()));
        for (int value = 0; value <= 100; value += 25)
            painter.drawLine(QPointF(rect.left() + g.x(value), rect.bottom() - S::mm(1)),
                             QPointF(rect.left() + g.x(value), rect.bottom()));
    };

    QList<ReportPager::Piece> rows;
    for (const Bar& bar : m_bars) {
        const WrappedText label(bar.label, font, g.left - S::mm(2), Qt::AlignRight);
        const qreal barHeight = S::mm(kBarMm);
        ReportPager::Piece row;
        row.height = qMax(label.height(), barHeight) + 2 * S::mm(kRowPadMm);
        row.paint = [=](QPainter& painter, const QRectF& rect) {
            label.paint(painter, QPointF(rect.left(), rect.top() + (rect.height() - label.height()) / 2));
            const qreal top = rect.top() + (rect.height() - barHeight) / 2;
            const qreal end = rect.left() + g.x(bar.value);
            const QRectF box(rect.left() + g.x(0), top, end - rect.left() - g.x(0), barHeight);
            if (box.width() > 0) {
                painter.fillRect(box, bar.colour);
                painter.setPen(QPen(Qt::black, S::pt(S::kRulePt)));
                painter.drawRect(box);
            }
            // The 0 % axis, drawn per row so the chart stays whole over a page break.
            painter.setPen(QPen(Qt::black, S::pt(S::kRulePt)));
            painter.drawLine(QPointF(rect.left() + g.x(0), rect.top()), QPointF(rect.left() + g.x(0), rect.bottom()));
            painter.save();
            painter.translate(rect.left(), 0);
            paintMark(painter, g, mark, rect.top(), rect.bottom());
            painter.restore();
            painter.setPen(Qt::black);
            painter.setFont(font);
            painter.drawText(QRectF(end + S::mm(1.5), rect.top(), S::mm(kValueRoomMm), rect.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        };
        rows.append(row);
    }

    // The heading never ends a page alone.
    pager.ensureSpace(heading.height + (rows.isEmpty() ? 0 : rows.first().height));
    pager.place(heading);
    pager.setRepeatedHeader(heading);
    for (const ReportPager::Piece& row : std::as_const(rows))
        pager.place(row);
    pager.setRepeatedHeader(std::nullopt);
    pager.addSpace(S::mm(5));
}

} // namespace netra
