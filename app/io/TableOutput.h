// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace netra {

// The rows of a CLI list command, printed as an aligned table, CSV or JSON.
//
// table: header, a dashed rule, rows; columns two spaces apart, sized by display width
//        (combining marks take none, CJK takes two), integers right-aligned.
// csv:   through CsvWriter: header row, UTF-8, quotes only where needed.
// json:  an indented array of objects keyed by column name; Integer columns as numbers and
//        Boolean columns as true/false, Decimal ones ("95.4", C locale) as numbers (empty cells
//        as null, unparsable ones kept as text).
class TableOutput {
public:
    enum class ColumnKind { Text, Integer, Decimal, Boolean };

    // Kinds not given are Text.
    explicit TableOutput(QStringList columns, QList<ColumnKind> kinds = {});

    const QStringList& columns() const { return m_columns; }
    void setColumnKind(qsizetype column, ColumnKind kind);
    // Missing cells are empty, extra ones dropped.
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }

    void write(QTextStream& out, TableFormat format) const;
    void writeTable(QTextStream& out) const;
    void writeCsv(QTextStream& out) const;
    void writeJson(QTextStream& out) const;

    // Terminal columns taken by `text`.
    static int displayWidth(const QString& text);

private:
    QStringList m_columns;
    QList<ColumnKind> m_kinds;
    QList<QStringList> m_rows;
};

} // namespace netra
