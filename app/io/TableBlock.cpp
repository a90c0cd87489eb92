// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QColor>
#include <QList>
#include <QPainter>
#include <QPen>

#include <utility>

namespace netra {

namespace {

constexpr qreal kPadXMm = 1.2;
constexpr qreal kPadYMm = 0.8;

struct Cell {
    WrappedText text;
    Qt::Alignment alignment;
};

// Lays out one row and returns the piece that paints it with its grid.
ReportPager::Piece rowPiece(const QList<Cell>& cells, const QList<qreal>& widths, bool shaded)
{
    const qreal padX = ReportStyle::mm(kPadXMm);
    const qreal padY = ReportStyle::mm(kPadYMm);
    qreal contentHeight = 0;
    for (const Cell& cell : cells)
        contentHeight = qMax(contentHeight, cell.text.height());

    ReportPager::Piece piece;
    piece.height = contentHeight + 2 * padY;
    piece.paint = [=](QPainter& painter, const QRectF& rect) {
        qreal x = rect.left();
        QPen pen(Qt::black, ReportStyle::pt(ReportStyle::kRulePt));
        painter.setPen(pen);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(x, rect.top(), widths.at(c), rect.height());
            if (shaded)
                painter.fillRect(box, QColor(230, 230, 230));
            const Cell& cell = cells.at(c);
            qreal y = box.top() + padY;
            if (cell.alignment & Qt::AlignVCenter)
                y = box.top() + (box.height() - cell.text.height()) / 2;
            cell.text.paint(painter, QPointF(box.left() + padX, y));
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            x += widths.at(c);
        }
    };
    return piece;
}

} // namespace

TableBlock::TableBlock(ReportTable table)
    : m_table(std::move(table))
{
}

void TableBlock::layout(ReportPager& pager, qreal width) const
{
    const QList<ReportTable::Column>& columns = m_table.columns();
    if (columns.isEmpty())
        return;
    qreal total = 0;
    for (const ReportTable::Column& column : columns)
        total += column.width;
    QList<qreal> widths;
    for (const ReportTable::Column& column : columns)
        widths.append(width * column.width / total);

    const qreal padX = ReportStyle::mm(kPadXMm);
    const QFont regular = ReportStyle::font(m_table.pointSize());
    const QFont bold = ReportStyle::font(m_table.pointSize(), true);

    QList<Cell> headerCells;
    for (int c = 0; c < columns.size(); ++c) {
        const Qt::Alignment centred = Qt::AlignHCenter | Qt::AlignVCenter;
        headerCells.append({WrappedText(columns.at(c).header, bold, widths.at(c) - 2 * padX,
                                        centred),
                            centred});
    }
    const ReportPager::Piece header = rowPiece(headerCells, widths, true);

    QList<ReportPager::Piece> rows;
    rows.reserve(m_table.rows().size());
    for (const ReportTable::Row& row : m_table.rows()) {
        QList<Cell> cells;
        for (int c = 0; c < columns.size(); ++c) {
            const Qt::Alignment alignment = columns.at(c).alignment;
            cells.append({WrappedText(row.cells.value(c), row.emphasised ? bold : regular,
                                      widths.at(c) - 2 * padX, alignment),
                          alignment});
        }
        rows.append(rowPiece(cells, widths, false));
    }

    // A header without a single row under it belongs on the next page.
    pager.ensureSpace(header.height + (rows.isEmpty() ? 0 : rows.first().height));
    pager.place(header);
    pager.setRepeatedHeader(header);
    for (const ReportPager::Piece& row : std::as_const(rows))
        pager.place(row);
    pager.setRepeatedHeader(std::nullopt);
    pager.addSpace(ReportStyle::mm(4));
}

} // namespace netra
