// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvRowSource.h"

namespace netra {

bool CsvRowSource::readRow(QList<SpreadsheetCell>& cells)
{
    cells.clear();
    if (!m_reader.readRecord(m_fields))
        return false;
    cells.reserve(m_fields.size());
    for (QString& field : m_fields)
        cells.push_back(SpreadsheetCell::fromText(std::move(field)));
    return true;
}

} // namespace netra
