// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QString>

#include <utility>

namespace netra {

// "Label : value" lines with the colons in one column and long values wrapped beside them
// (Kegiatan, Hari/Tanggal, Waktu, Tempat...). Kept on one page.
class FieldListBlock : public ReportBlock {
public:
    using Field = std::pair<QString, QString>; // label, value
    explicit FieldListBlock(QList<Field> fields, qreal pointSize = 0);
    void layout(ReportPager& pager, qreal width) const override;

private:
    QList<Field> m_fields;
    qreal m_pointSize = 0;
};

} // namespace netra
