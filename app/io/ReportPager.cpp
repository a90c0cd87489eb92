// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPager.h"

#include <utility>

namespace netra {

ReportPager::ReportPager(qreal bodyHeight)
    : m_bodyHeight(bodyHeight)
{
}

void ReportPager::ensureSpace(qreal height)
{
    if (!m_fresh && height > remaining())
        newPage();
}

void ReportPager::place(Piece piece)
{
    ensureSpace(piece.height);
    m_page.append({m_y, piece});
    m_y += piece.height;
    m_fresh = false;
}

void ReportPager::addSpace(qreal height)
{
    if (m_fresh)
        return;
    if (height >= remaining()) {
        newPage();
        return;
    }
    m_y += height;
}

void ReportPager::newPage()
{
    m_pages.append(std::exchange(m_page, {}));
    m_y = 0;
    if (m_header) {
        m_page.append({0, *m_header});
        m_y = m_header->height;
    }
    m_fresh = true;
}

void ReportPager::setRepeatedHeader(std::optional<Piece> header)
{
    m_header = std::move(header);
}

QList<ReportPager::Page> ReportPager::finish()
{
    if (!m_page.isEmpty() || m_pages.isEmpty())
        m_pages.append(std::exchange(m_page, {}));
    m_y = 0;
    m_fresh = true;
    return std::exchange(m_pages, {});
}

} // namespace netra
