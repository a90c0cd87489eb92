// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace netra {

// The first row of each NIP in an import file. A million NIPs held as numbers take a fifth of
// the memory they take as strings; a cleaned cell that is not up to 18 digits (a rejected
// row's) is kept as text.
class RowsByNip {
public:
    // The row that first held `digits`, or nullopt after recording `row` as that row.
    std::optional<int> firstOrAdd(const QString& digits, int row);
    bool contains(const QString& digits) const;

private:
    // "1" in front keeps leading zeros apart: "012" and "12" are different cells.
    static std::optional<qint64> numberFor(const QString& digits);

    QHash<qint64, int> m_numbers;
    QHash<QString, int> m_texts;
};

} // namespace netra
