// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterheadBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"

#include <QImage>
#include <QImageReader>
#include <QList>
#include <QPainter>

#include <utility>

namespace netra {

namespace {

constexpr qreal kLogoMaxMm = 25.0;
constexpr qreal kLogoGapMm = 4.0;

QImage loadLogo(const QString& path)
{
    if (path.isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read(); // a missing or broken emblem leaves a kop without one
}

} // namespace

LetterheadBlock::LetterheadBlock(Letterhead letterhead)
    : m_letterhead(std::move(letterhead))
{
}

void LetterheadBlock::layout(ReportPager& pager, qreal width) const
{
    using S = ReportStyle;
    const QImage logo = loadLogo(m_letterhead.logoPath);
    QSizeF logoSize;
    if (!logo.isNull()) {
        logoSize = QSizeF(logo.size()).scaled(QSizeF(S::mm(kLogoMaxMm), S::mm(kLogoMaxMm)),
                                              Qt::KeepAspectRatio);
    }
    // The same room on both sides keeps the text centred on the page, not beside the emblem.
    const qreal side = logo.isNull() ? 0 : logoSize.width() + S::mm(kLogoGapMm);
    const qreal textWidth = width - 2 * side;

    QList<WrappedText> lines;
    if (!m_letterhead.government.trimmed().isEmpty())
        lines.append(WrappedText(m_letterhead.government.trimmed(), S::font(14), textWidth,
                                 Qt::AlignHCenter));
    if (!m_letterhead.office.trimmed().isEmpty())
        lines.append(WrappedText(m_letterhead.office.trimmed(), S::font(16, true), textWidth,
                                 Qt::AlignHCenter));
    if (!m_letterhead.address.trimmed().isEmpty())
        lines.append(WrappedText(m_letterhead.address.trimmed(), S::font(9), textWidth,
                                 Qt::AlignHCenter));
    qreal textHeight = 0;
    for (const WrappedText& line : std::as_const(lines))
        textHeight += line.height();

    const qreal contentHeight = qMax(textHeight, logoSize.height());
    const qreal gapBeforeRule = S::mm(1.5);
    const qreal thick = S::pt(2.25);
    const qreal between = S::pt(1.5);
    const qreal thin = S::pt(0.75);
    const qreal height = contentHeight + gapBeforeRule + thick + between + thin;

    ReportPager::Piece piece;
    piece.height = height;
    piece.paint = [=](QPainter& painter, const QRectF& rect) {
        if (!logo.isNull()) {
            const QRectF target(rect.left(), rect.top() + (contentHeight - logoSize.height()) / 2,
                                logoSize.width(), logoSize.height());
            painter.drawImage(target, logo);
        }
        qreal y = rect.top() + (contentHeight - textHeight) / 2;
        for (const WrappedText& line : lines) {
            line.paint(painter, QPointF(rect.left() + side, y));
            y += line.height();
        }
        const qreal ruleTop = rect.top() + contentHeight + gapBeforeRule;
        painter.fillRect(QRectF(rect.left(), ruleTop, rect.width(), thick), Qt::black);
        painter.fillRect(QRectF(rect.left(), ruleTop + thick + between, rect.width(), thin),
                         Qt::black);
    };
    pager.place(piece);
    pager.addSpace(S::mm(6));
}

} // namespace netra
