// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QStringList>

namespace netra {

// Centred bold title lines ("REKAPITULASI KEPATUHAN ...", "PEMILIHAN ...", "Keadaan per ...").
class TitleBlock : public ReportBlock {
public:
    explicit TitleBlock(QStringList lines, qreal pointSize = 0);
    void layout(ReportPager& pager, qreal width) const override;

private:
    QStringList m_lines;
    qreal m_pointSize = 0;
};

} // namespace netra
