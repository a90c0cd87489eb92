// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

namespace netra {

void ReportTable::addColumn(const QString& header, qreal width, Qt::Alignment alignment)
{
    m_columns.append({header, width > 0 ? width : 1, alignment});
}

void ReportTable::addRow(const QStringList& cells, bool emphasised)
{
    m_rows.append({cells, emphasised});
}

} // namespace netra
