// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"
#include "ReportTable.h"

namespace netra {

// The table of a sheet people sign (daftar hadir, a collective ikrar): ruled like TableBlock,
// bold header repeated on every page, rows kept whole, but every row tall enough to sign in
// and the last column staggered as Indonesian sheets are: the first row's text ("1. ……") at
// the left of its cell, the second's ("2. ……") at the right, and so on, so that neighbours'
// signatures do not run into each other.
class SignatureTableBlock : public ReportBlock {
public:
    explicit SignatureTableBlock(ReportTable table, qreal rowHeightMm = 10.0);
    void layout(ReportPager& pager, qreal width) const override;

    // The room to sign in row `number`: "1. ……" (U+2026), the number being the row's.
    static QString signatureCell(int number);

private:
    ReportTable m_table;
    qreal m_rowHeightMm = 10.0;
};

} // namespace netra
