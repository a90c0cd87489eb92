// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace netra {

// The layout pass: stacks pieces that must not be split (a title, a table row, a signature
// block) down the body of a page and starts a new page when the next one does not fit.
// Painting happens later, once the page count is known for "Halaman x dari y".
class ReportPager {
public:
    struct Piece {
        qreal height = 0;
        // Paints into `rect` (body coordinates, full body width, `height` tall).
        std::function<void(QPainter& painter, const QRectF& rect)> paint;
    };
    struct Placed {
        qreal top = 0;
        Piece piece;
    };
    using Page = QList<Placed>;

    explicit ReportPager(qreal bodyHeight);

    qreal bodyHeight() const { return m_bodyHeight; }
    qreal remaining() const { return m_bodyHeight - m_y; }
    // Nothing placed on the current page yet but a repeated header: a page break is not needed.
    bool atPageTop() const { return m_fresh; }

    // Breaks the page unless `height` still fits. A fresh page never breaks, so something
    // taller than a page is placed anyway rather than looping.
    void ensureSpace(qreal height);
    void place(Piece piece);
    // Vertical gap; dropped at the top of a page, where it would only push content down.
    void addSpace(qreal height);
    void newPage();
    // Placed again at the top of every page started while set (a table's header row).
    void setRepeatedHeader(std::optional<Piece> header);

    QList<Page> finish();

private:
    qreal m_bodyHeight = 0;
    qreal m_y = 0;
    bool m_fresh = true;
    Page m_page;
    QList<Page> m_pages;
    std::optional<Piece> m_header;
};

} // namespace netra
