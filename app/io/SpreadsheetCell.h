// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace netra {

// One cell of a row read from a CSV or XLSX file. `text` is always filled (numbers in a
// plain form, dates ISO, booleans TRUE/FALSE), so callers that only want text can ignore
// the type; the type tells an importer that an 18-digit NIP was a number in Excel, which
// means its last digits are gone.
struct SpreadsheetCell {
    enum class Type { Empty, Text, Number, Boolean, Date, Error };

    Type type = Type::Empty;
    QString text;
    double number = 0; // Number, Date (the serial) and Boolean (0/1)
    QDate date;        // Date

    bool isEmpty() const { return type == Type::Empty || text.isEmpty(); }
    static SpreadsheetCell fromText(QString text)
    {
        SpreadsheetCell cell;
        cell.type = text.isEmpty() ? Type::Empty : Type::Text;
        cell.text = std::move(text);
        return cell;
    }
};

} // namespace netra
