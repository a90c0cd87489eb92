// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <utility>

namespace netra {

// One cell of a row Netra writes (XlsxSheetWriter, or CSV through plainText()); the reading
// side is SpreadsheetCell. The type decides how a spreadsheet stores and shows the value:
// a NIP is Text so that no digit is lost, a count is Integer so that it sums.
struct SheetCell {
    enum class Type { Empty, Text, Number, Integer, Percent, Date };

    Type type = Type::Empty;
    QString text;      // Text
    double number = 0; // Number; Percent as 0-100 (95.4 for 95.4 %)
    qint64 integer = 0;
    QDate date;

    static SheetCell fromText(QString text)
    {
        SheetCell cell;
        cell.type = text.isEmpty() ? Type::Empty : Type::Text;
        cell.text = std::move(text);
        return cell;
    }
    static SheetCell fromNumber(double number) { return numeric(Type::Number, number); }
    static SheetCell fromPercent(double percent) { return numeric(Type::Percent, percent); }
    static SheetCell fromInteger(qint64 integer)
    {
        SheetCell cell;
        cell.type = Type::Integer;
        cell.integer = integer;
        return cell;
    }
    // A null date is an empty cell.
    static SheetCell fromDate(QDate date)
    {
        SheetCell cell;
        cell.type = date.isValid() ? Type::Date : Type::Empty;
        cell.date = date;
        return cell;
    }

    // The value as CSV and scripts read it, in any language: ISO dates, '.' decimals, a
    // percent as its number (95.4) without the sign.
    QString plainText() const;

private:
    static SheetCell numeric(Type type, double number)
    {
        SheetCell cell;
        cell.type = type;
        cell.number = number;
        return cell;
    }
};

} // namespace netra
