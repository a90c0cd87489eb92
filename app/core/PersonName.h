// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace netra {

// A name as Indonesian rosters write it: front titles (academic, professional, religious),
// the name itself, and degrees after a comma. The parts are kept apart so titles never
// disturb matching or sorting, while paper prints the name in full.
struct PersonName {
    QString frontTitles; // "Drs. H."
    QString bareName;    // "Agus Mulyadi"
    QString backTitles;  // "M.Si."

    // Never fails: anything not recognised as a title stays in bareName.
    static PersonName parse(const QString& written);
    QString full() const; // "Drs. H. Agus Mulyadi, M.Si."

    friend bool operator==(const PersonName&, const PersonName&) = default;
};

// The key two written names are matched on: titles stripped, lower case, diacritics folded,
// punctuation removed, spaces collapsed. "Drs. H. Agus Mulyadi, M.Si." and "agus  mulyadi"
// share one key.
QString nameKey(const QString& written);

} // namespace netra
