// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace netra {

// Units and type sizes of the report layout. Everything is laid out in dots of a fixed
// resolution, independent of the device it is painted on, so a PDF, a printer and the
// preview break pages at the same rows.
class ReportStyle {
public:
    static constexpr int kDpi = 1200;

    static constexpr qreal mm(qreal millimetres) { return millimetres * kDpi / 25.4; }
    static constexpr qreal pt(qreal points) { return points * kDpi / 72.0; }
    static QFont font(qreal pointSize, bool bold = false);

    // Tata naskah dinas habits: a wider left margin for binding.
    static constexpr qreal kMarginLeftMm = 25.0;
    static constexpr qreal kMarginRightMm = 20.0;
    static constexpr qreal kMarginTopMm = 20.0;
    static constexpr qreal kMarginBottomMm = 15.0;
    static constexpr qreal kFooterBandMm = 8.0; // inside the bottom margin's edge

    static constexpr qreal kBodyPt = 11.0;
    static constexpr qreal kTitlePt = 12.0;
    static constexpr qreal kTablePt = 9.0;
    static constexpr qreal kFooterPt = 8.0;
    static constexpr qreal kRulePt = 0.5; // table grid and thin rules
};

} // namespace netra
