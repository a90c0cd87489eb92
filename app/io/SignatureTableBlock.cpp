// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureTableBlock.h"

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
    bool verticallyCentred = false;
};

ReportPager::Piece rowPiece(const QList<Cell>& cells, const QList<qreal>& widths, qreal minHeight, bool shaded)
{
    const qreal padX = ReportStyle::mm(kPadXMm);
    const qreal padY = ReportStyle::mm(kPadYMm);
    qreal contentHeight = 0;
    for (const Cell& cell : cells)
        contentHeight = qMax(contentHeight, cell.text.height());

    ReportPager::Piece piece;
    piece.height = qMax(contentHeight + 2 * padY, minHeight);
    piece.paint = [=](QPainter& painter, const QRectF& rect) {
        const QPen pen(Qt::black, ReportStyle::pt(ReportStyle::kRulePt));
        qreal x = rect.left();
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(x, rect.top(), widths.at(c), rect.height());
            if (shaded)
                painter.fillRect(box, QColor(230, 230, 230));
            const Cell& cell = cells.at(c);
            const qreal y = cell.verticallyCentred ? box.top() + (box.height() - cell.text.height()) / 2
                                                   : box.top() + padY;
            painter.setPen(pen);
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

QString SignatureTableBlock::signatureCell(int number)
{
    return QString::number(number) + QStringLiteral(". ") + QString(5, QChar(0x2026));
}

SignatureTableBlock::SignatureTableBlock(ReportTable table, qreal rowHeightMm)
    : m_table(std::move(table))
    , m_rowHeightMm(rowHeightMm)
{
}

void SignatureTableBlock::layout(ReportPager& pager, qreal width) const
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
    const int signatureColumn = int(columns.size()) - 1;

    QList<Cell> headerCells;
    for (int c = 0; c < columns.size(); ++c)
        headerCells.append({WrappedText(columns.at(c).header, bold, widths.at(c) - 2 * padX, Qt::AlignHCenter), true});
    const ReportPager::Piece header = rowPiece(headerCells, widths, 0, true);

    const qreal rowHeight = ReportStyle::mm(m_rowHeightMm);
    QList<ReportPager::Piece> rows;
    rows.reserve(m_table.rows().size());
    for (qsizetype r = 0; r < m_table.rows().size(); ++r) {
        const ReportTable::Row& row = m_table.rows().at(r);
        QList<Cell> cells;
        for (int c = 0; c < columns.size(); ++c) {
            Qt::Alignment alignment = columns.at(c).alignment;
            if (c == signatureColumn)
                alignment = r % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight;
            cells.append({WrappedText(row.cells.value(c), row.emphasised ? bold : regular, widths.at(c) - 2 * padX,
                                      alignment),
                          c == signatureColumn || alignment.testFlag(Qt::AlignVCenter)});
        }
        rows.append(rowPiece(cells, widths, rowHeight, false));
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
