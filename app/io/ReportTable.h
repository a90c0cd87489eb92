// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace netra {

// The content of a printed table: columns with relative widths, rows of text. The header
// row is repeated on every page and a row is never split across pages.
class ReportTable {
public:
    struct Column {
        QString header;
        qreal width = 1;                       // a share of the body width, normalised
        Qt::Alignment alignment = Qt::AlignLeft; // add Qt::AlignVCenter to centre vertically
    };
    struct Row {
        QStringList cells;
        bool emphasised = false; // bold, e.g. the JUMLAH row
    };

    void addColumn(const QString& header, qreal width, Qt::Alignment alignment = Qt::AlignLeft);
    // Missing cells print empty; extra cells are ignored.
    void addRow(const QStringList& cells, bool emphasised = false);

    const QList<Column>& columns() const { return m_columns; }
    const QList<Row>& rows() const { return m_rows; }

    qreal pointSize() const { return m_pointSize; }
    void setPointSize(qreal pointSize) { m_pointSize = pointSize; }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    qreal m_pointSize = 9;
};

} // namespace netra
