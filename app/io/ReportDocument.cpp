// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "LetterheadBlock.h"
#include "ParagraphBlock.h"
#include "ReportStyle.h"
#include "SignatoryBlock.h"
#include "SpacerBlock.h"
#include "TableBlock.h"
#include "TitleBlock.h"
#include "WrappedText.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace netra {

using S = ReportStyle;

ReportDocument::ReportDocument() = default;
ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument&&) noexcept = default;
ReportDocument& ReportDocument::operator=(ReportDocument&&) noexcept = default;

void ReportDocument::setPaper(Paper paper)
{
    m_paper = paper;
    invalidate();
}

void ReportDocument::setOrientation(QPageLayout::Orientation orientation)
{
    m_orientation = orientation;
    invalidate();
}

void ReportDocument::setTitle(const QString& title)
{
    m_title = title;
}

void ReportDocument::setFooterText(const QString& text)
{
    m_footerText = text;
}

void ReportDocument::addLetterhead(const Letterhead& letterhead)
{
    addBlock(std::make_unique<LetterheadBlock>(letterhead));
}

void ReportDocument::addTitle(const QStringList& lines)
{
    addBlock(std::make_unique<TitleBlock>(lines));
}

void ReportDocument::addParagraph(const QString& text, Qt::Alignment alignment, bool bold)
{
    addBlock(std::make_unique<ParagraphBlock>(text, alignment, bold));
}

void ReportDocument::addTable(const ReportTable& table)
{
    addBlock(std::make_unique<TableBlock>(table));
}

void ReportDocument::addSignature(const SignatureBlock& signature, QDate date)
{
    addBlock(std::make_unique<SignatoryBlock>(signature, date));
}

void ReportDocument::addSpacing(qreal millimetres)
{
    addBlock(std::make_unique<SpacerBlock>(millimetres));
}

void ReportDocument::addBlock(std::unique_ptr<ReportBlock> block)
{
    if (!block)
        return;
    m_blocks.push_back(std::move(block));
    invalidate();
}

QPageLayout ReportDocument::pageLayout() const
{
    return QPageLayout(pageSize(m_paper), m_orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QSizeF ReportDocument::pageSizeDots() const
{
    QSizeF size = pageSize(m_paper).size(QPageSize::Millimeter);
    if (m_orientation == QPageLayout::Landscape)
        size.transpose();
    return QSizeF(S::mm(size.width()), S::mm(size.height()));
}

const QList<ReportPager::Page>& ReportDocument::pages() const
{
    if (!m_laidOut) {
        const QSizeF page = pageSizeDots();
        const qreal width = page.width() - S::mm(S::kMarginLeftMm + S::kMarginRightMm);
        const qreal height = page.height()
            - S::mm(S::kMarginTopMm + S::kMarginBottomMm + S::kFooterBandMm);
        ReportPager pager(height);
        for (const auto& block : m_blocks)
            block->layout(pager, width);
        m_pages = pager.finish();
        m_laidOut = true;
    }
    return m_pages;
}

int ReportDocument::pageCount() const
{
    return int(pages().size());
}

void ReportDocument::paintPage(QPainter& painter, int index) const
{
    const QList<ReportPager::Page>& all = pages();
    if (index < 0 || index >= all.size())
        return;
    QPaintDevice* device = painter.device();
    painter.save();
    // The painter's origin is the device's printable area; the layout measures from the
    // sheet's edge.
    if (auto* paged = dynamic_cast<QPagedPaintDevice*>(device))
        painter.translate(-paged->pageLayout().paintRectPixels(device->logicalDpiX()).topLeft());
    painter.scale(qreal(device->logicalDpiX()) / S::kDpi, qreal(device->logicalDpiY()) / S::kDpi);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.setPen(Qt::black);

    const qreal bodyWidth = pageSizeDots().width() - S::mm(S::kMarginLeftMm + S::kMarginRightMm);
    painter.save();
    painter.translate(S::mm(S::kMarginLeftMm), S::mm(S::kMarginTopMm));
    for (const ReportPager::Placed& placed : all.at(index)) {
        painter.save();
        placed.piece.paint(painter, QRectF(0, placed.top, bodyWidth, placed.piece.height));
        painter.restore();
    }
    painter.restore();
    paintFooter(painter, index, int(all.size()));
    painter.restore();
}

void ReportDocument::paintFooter(QPainter& painter, int index, int count) const
{
    const QSizeF page = pageSizeDots();
    const qreal left = S::mm(S::kMarginLeftMm);
    const qreal width = page.width() - S::mm(S::kMarginLeftMm + S::kMarginRightMm);
    const qreal top = page.height() - S::mm(S::kMarginBottomMm + S::kFooterBandMm) + S::mm(3);
    const QFont font = S::font(S::kFooterPt);

    // Printed text is Indonesian whatever the interface language.
    const QString label = QStringLiteral("Halaman %1 dari %2").arg(index + 1).arg(count);
    WrappedText(label, font, width, Qt::AlignRight).paint(painter, QPointF(left, top));
    if (!m_footerText.isEmpty()) {
        const QFontMetricsF metrics(font);
        const qreal room = width - metrics.horizontalAdvance(label) - S::mm(5);
        const QString text = metrics.elidedText(m_footerText.simplified(), Qt::ElideMiddle, room);
        WrappedText(text, font, room, Qt::AlignLeft).paint(painter, QPointF(left, top));
    }
}

bool ReportDocument::render(QPagedPaintDevice* device) const
{
    device->setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int count = pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        paintPage(painter, i);
    }
    return painter.end();
}

Status ReportDocument::writePdf(const QString& path) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(tr("Cannot write %1: %2").arg(shownPath, file.errorString()));

    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Netra " NETRA_VERSION));
        painted = render(&writer);
    }
    if (!painted) {
        file.cancelWriting();
        return Error::file(tr("Cannot write %1: the PDF could not be drawn").arg(shownPath));
    }
    if (!file.commit())
        return Error::file(tr("Cannot write %1: %2").arg(shownPath, file.errorString()));
    return {};
}

} // namespace netra
