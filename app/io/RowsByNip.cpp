// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowsByNip.h"

namespace netra {

namespace {

// 19 digits with the leading "1" still fit a qint64 (at most 1999...9 < 2^63).
constexpr qsizetype kMostDigits = 18;

template <typename Key>
std::optional<int> firstOrAddIn(QHash<Key, int>& rows, const Key& key, int row)
{
    const auto found = rows.constFind(key);
    if (found != rows.cend())
        return *found;
    rows.insert(key, row);
    return std::nullopt;
}

} // namespace

std::optional<qint64> RowsByNip::numberFor(const QString& digits)
{
    if (digits.isEmpty() || digits.size() > kMostDigits)
        return std::nullopt;
    qint64 number = 1;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        number = number * 10 + (c.unicode() - '0');
    }
    return number;
}

std::optional<int> RowsByNip::firstOrAdd(const QString& digits, int row)
{
    if (const auto number = numberFor(digits))
        return firstOrAddIn(m_numbers, *number, row);
    return firstOrAddIn(m_texts, digits, row);
}

bool RowsByNip::contains(const QString& digits) const
{
    if (const auto number = numberFor(digits))
        return m_numbers.contains(*number);
    return m_texts.contains(digits);
}

} // namespace netra
