// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace netra {

// A horizontal bar chart of shares from 0 to 100, painted with QPainter (Qt Charts needs
// Widgets): a bold title with the legend under it, then one row per bar (its label on the
// left, the bar and its printed value on the right), an optional dashed line at a threshold
// and a 0-100 scale. Rows are kept whole and the title, legend and scale repeat on every
// page the chart runs onto, so a long list of units stays readable.
class BarChartBlock : public ReportBlock {
public:
    struct Bar {
        QString label;
        double value = 0;  // 0..100; clamped
        QString valueText; // printed after the bar ("95,4%"), as the caller formats it
        QColor colour;
    };
    struct LegendItem {
        QString label;
        QColor colour;
    };

    BarChartBlock(QString title, QList<Bar> bars);
    void setLegend(QList<LegendItem> legend) { m_legend = std::move(legend); }
    // A dashed line across the rows at `value`, named in the legend by `label`.
    void setMark(double value, const QString& label);
    void layout(ReportPager& pager, qreal width) const override;

private:
    QString m_title;
    QList<Bar> m_bars;
    QList<LegendItem> m_legend;
    std::optional<double> m_mark;
    QString m_markLabel;
};

} // namespace netra
