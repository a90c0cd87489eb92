// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace netra {

// The first row of each NIP in an import file, held as numbers (Nip::asKey); a cleaned cell
// that is not up to 18 digits (a rejected row's) is kept as text.
class RowsByNip {
public:
    // The row that first held `digits`, or nullopt after recording `row` as that row.
    std::optional<int> firstOrAdd(const QString& digits, int row);
    bool contains(const QString& digits) const;
    bool containsKey(qint64 key) const { return m_numbers.contains(key); } // Nip::asKey()

private:
    QHash<qint64, int> m_numbers;
    QHash<QString, int> m_texts;
};

} // namespace netra
