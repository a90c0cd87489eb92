// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatoryBlock.h"

#include "ReportPager.h"
#include "ReportStyle.h"
#include "WrappedText.h"
#include "core/IndonesianDate.h"

#include <QList>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <utility>

namespace netra {

namespace {

constexpr qreal kSpaceBeforeMm = 8.0;
constexpr qreal kSpaceToSignMm = 22.0;
// Room for a stamp (about 3 x 2 cm) with the signature partly over it.
constexpr qreal kMeteraiWidthMm = 30.0;
constexpr qreal kMeteraiHeightMm = 20.0;
constexpr qreal kSpaceWithMeteraiMm = 28.0;
constexpr qreal kMeteraiLabelPt = 7.0;

} // namespace

SignatoryBlock::SignatoryBlock(SignatureBlock signature, QDate date)
    : m_signature(std::move(signature))
{
    if (date.isValid())
        m_dateLine = IndonesianDate::placeAndDate(m_signature.place.trimmed(), date);
}

SignatoryBlock::SignatoryBlock(SignatureBlock signature, QString dateLine)
    : m_signature(std::move(signature))
    , m_dateLine(std::move(dateLine))
{
}

QString SignatoryBlock::groupedNip(const QString& nip)
{
    QString digits;
    for (const QChar ch : nip) {
        if (!ch.isSpace() && ch != QLatin1Char('.'))
            digits.append(ch);
    }
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(), [](QChar ch) {
        return ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    });
    if (digits.size() != 18 || !allDigits)
        return nip.trimmed();
    return digits.mid(0, 8) + QLatin1Char(' ') + digits.mid(8, 6) + QLatin1Char(' ')
        + digits.mid(14, 1) + QLatin1Char(' ') + digits.mid(15, 3);
}

void SignatoryBlock::layout(ReportPager& pager, qreal width) const
{
    using S = ReportStyle;
    const qreal columnWidth = width / 2;
    const QFont regular = S::font(S::kBodyPt);
    QFont nameFont = S::font(S::kBodyPt, true);
    nameFont.setUnderline(true);

    // (text, gap above): the gap before the name is the room for the signature and stamp.
    QList<std::pair<WrappedText, qreal>> lines;
    auto add = [&](const QString& text, const QFont& font, qreal gapAbove = 0) {
        lines.append({WrappedText(text, font, columnWidth, Qt::AlignHCenter), gapAbove});
    };
    if (!m_dateLine.trimmed().isEmpty())
        add(m_dateLine.trimmed(), regular);
    if (!m_signature.onBehalf.trimmed().isEmpty())
        add(m_signature.onBehalf.trimmed(), regular);
    add(m_signature.position.trimmed(), regular);
    const bool meterai = !m_meteraiLabel.isEmpty();
    const qreal spaceToSign = S::mm(meterai ? kSpaceWithMeteraiMm : kSpaceToSignMm);
    add(m_signature.name.trimmed(), nameFont, spaceToSign);
    const qsizetype nameLine = lines.size() - 1;
    if (!m_signature.rank.trimmed().isEmpty())
        add(m_signature.rank.trimmed(), regular);
    if (!m_signature.nip.trimmed().isEmpty())
        add(QStringLiteral("NIP ") + groupedNip(m_signature.nip), regular);

    qreal height = 0;
    for (const auto& [text, gap] : std::as_const(lines))
        height += gap + text.height();

    pager.addSpace(S::mm(kSpaceBeforeMm));
    ReportPager::Piece piece;
    piece.height = height;
    const QSizeF meteraiSize(S::mm(kMeteraiWidthMm), S::mm(kMeteraiHeightMm));
    const WrappedText meteraiLabel(m_meteraiLabel, S::font(kMeteraiLabelPt), meteraiSize.width(), Qt::AlignHCenter);
    piece.paint = [lines, columnWidth, meterai, meteraiSize, meteraiLabel, nameLine](QPainter& painter,
                                                                                    const QRectF& rect) {
        qreal y = rect.top();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto& [text, gap] = lines.at(i);
            if (meterai && i == nameLine) {
                const QRectF box(rect.left() + columnWidth + columnWidth / 2 - meteraiSize.width() * 0.75,
                                 y + (gap - meteraiSize.height()) / 2, meteraiSize.width(), meteraiSize.height());
                painter.setPen(QPen(Qt::black, S::pt(S::kRulePt)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
                meteraiLabel.paint(painter, QPointF(box.left(), box.center().y() - meteraiLabel.height() / 2));
            }
            y += gap;
            text.paint(painter, QPointF(rect.left() + columnWidth, y));
            y += text.height();
        }
    };
    pager.place(piece);
}

} // namespace netra
