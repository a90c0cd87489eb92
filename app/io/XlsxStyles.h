// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QXmlStreamReader;

namespace netra {

// The one thing Netra needs from an XLSX styles part: which cell styles show a number as a
// date. Excel stores a date as a day count; only the cell's number format says it is one.
class XlsxStyles {
public:
    // Reads xl/styles.xml: custom number formats, then the cellXfs list (a cell's s="N").
    void read(QXmlStreamReader& xml);
    bool isDateStyle(int styleIndex) const { return m_dateStyles.value(styleIndex, false); }

    // Built-in formats 14-22 are dates (and times); a custom format is one when it has d, m
    // or y outside quoted text, escapes and [brackets] (colours, locales, elapsed time).
    static bool isDateFormat(int numFmtId, const QString& formatCode);

private:
    QList<bool> m_dateStyles;
};

} // namespace netra
