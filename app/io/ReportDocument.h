// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaperSize.h"
#include "ReportBlock.h"
#include "ReportPager.h"
#include "core/Letterhead.h"
#include "core/Result.h"
#include "core/SignatureBlock.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace netra {

class ReportTable;

// A printed report: blocks flowing over A4 or F4 pages with a "Halaman x dari y" footer.
// Laid out once at ReportStyle::kDpi, then painted onto a PDF, a printer or a preview at
// whatever resolution the device has; the page breaks are the same on all of them.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument();
    ~ReportDocument();
    ReportDocument(ReportDocument&&) noexcept;
    ReportDocument& operator=(ReportDocument&&) noexcept;

    Paper paper() const { return m_paper; }
    void setPaper(Paper paper);
    QPageLayout::Orientation orientation() const { return m_orientation; }
    void setOrientation(QPageLayout::Orientation orientation);
    QString title() const { return m_title; }
    void setTitle(const QString& title); // PDF metadata only; print it with addTitle()
    // Printed at the left of every footer (later a data fingerprint); the page number is right.
    QString footerText() const { return m_footerText; }
    void setFooterText(const QString& text);

    void addLetterhead(const Letterhead& letterhead);
    void addTitle(const QStringList& lines);
    void addParagraph(const QString& text, Qt::Alignment alignment = Qt::AlignLeft,
                      bool bold = false);
    void addTable(const ReportTable& table);
    void addSignature(const SignatureBlock& signature, QDate date);
    void addSpacing(qreal millimetres);
    void addBlock(std::unique_ptr<ReportBlock> block);

    // Zero margins: the layout draws its own, so every device gets the same page.
    QPageLayout pageLayout() const;
    int pageCount() const;

    // Paints page `index` (0-based) with `painter` active on a device whose current page is
    // blank; scales from the layout resolution to the device's.
    void paintPage(QPainter& painter, int index) const;
    // Sets the page layout on `device` and paints every page; false if painting could not start.
    bool render(QPagedPaintDevice* device) const;
    // Written to a temporary file beside `path` and renamed, so no partial PDF is left.
    Status writePdf(const QString& path) const;

    static constexpr int kPdfDpi = 300;

private:
    QSizeF pageSizeDots() const;
    const QList<ReportPager::Page>& pages() const;
    void invalidate() { m_laidOut = false; }
    void paintFooter(QPainter& painter, int index, int count) const;

    Paper m_paper = Paper::A4;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QString m_title;
    QString m_footerText;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    mutable QList<ReportPager::Page> m_pages;
    mutable bool m_laidOut = false;
};

} // namespace netra
