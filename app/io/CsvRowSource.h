// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "RowSource.h"

namespace netra {

// A CSV file as a RowSource: every non-empty field is a Text cell.
class CsvRowSource final : public RowSource {
public:
    Status open(const QString& path) { return m_reader.open(path); }

    bool readRow(QList<SpreadsheetCell>& cells) override;
    int rowNumber() const override { return m_reader.rowNumber(); }
    Status status() const override { return m_reader.status(); }
    double progress() const override { return m_reader.progress(); }

private:
    CsvReader m_reader;
    QStringList m_fields;
};

} // namespace netra
