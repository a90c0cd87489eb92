// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterheadPreview.h"

#include "io/ReportDocument.h"

#include <QPainter>

namespace netra {

namespace {

constexpr qreal kPageWidthMm = 210.0;
constexpr qreal kShownHeightMm = 75.0; // top margin, kop surat and a little paper below

} // namespace

LetterheadPreview::LetterheadPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("letterheadPreview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(320);
}

void LetterheadPreview::setLetterhead(const Letterhead& letterhead)
{
    m_letterhead = letterhead;
    render();
    update();
}

QSize LetterheadPreview::sizeHint() const
{
    return {560, heightForWidth(560)};
}

int LetterheadPreview::heightForWidth(int width) const
{
    return int(width * kShownHeightMm / kPageWidthMm);
}

void LetterheadPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    render();
}

void LetterheadPreview::render()
{
    const qreal ratio = devicePixelRatioF();
    const int pixelWidth = std::max(1, int(width() * ratio));
    const qreal dpi = pixelWidth * 25.4 / kPageWidthMm;
    // The whole A4 sheet at the preview's scale; only its top is shown.
    const int pixelHeight = int(297.0 / 25.4 * dpi);
    QImage page(pixelWidth, pixelHeight, QImage::Format_RGB32);
    page.setDotsPerMeterX(int(dpi / 0.0254));
    page.setDotsPerMeterY(int(dpi / 0.0254));
    page.fill(Qt::white);
    ReportDocument document;
    document.setPaper(Paper::A4);
    document.addLetterhead(m_letterhead);
    {
        QPainter painter(&page);
        document.paintPage(painter, 0);
    }
    m_image = page.copy(0, 0, pixelWidth, int(kShownHeightMm / 25.4 * dpi));
    m_image.setDevicePixelRatio(ratio);
}

void LetterheadPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    painter.drawImage(QPoint(0, 0), m_image);
    painter.setPen(palette().mid().color());
    painter.drawRect(QRectF(0, 0, m_image.width() / m_image.devicePixelRatio() - 1,
                            m_image.height() / m_image.devicePixelRatio() - 1));
}

} // namespace netra
