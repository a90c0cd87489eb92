// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"
#include "core/Letterhead.h"

namespace netra {

// Kop surat: emblem on the left (when letterhead.logoPath loads), centred government line,
// bold office line and address, closed by a thick rule over a thin one.
class LetterheadBlock : public ReportBlock {
public:
    explicit LetterheadBlock(Letterhead letterhead);
    void layout(ReportPager& pager, qreal width) const override;

private:
    Letterhead m_letterhead;
};

} // namespace netra
