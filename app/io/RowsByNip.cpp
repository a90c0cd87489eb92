// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowsByNip.h"

#include "core/Nip.h"

namespace netra {

namespace {

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

std::optional<int> RowsByNip::firstOrAdd(const QString& digits, int row)
{
    if (const auto number = Nip::asKey(digits))
        return firstOrAddIn(m_numbers, *number, row);
    return firstOrAddIn(m_texts, digits, row);
}

bool RowsByNip::contains(const QString& digits) const
{
    if (const auto number = Nip::asKey(digits))
        return m_numbers.contains(*number);
    return m_texts.contains(digits);
}

} // namespace netra
