// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ElectionPeriod.h"

#include <QHash>
#include <QString>

namespace netra {

// What the placeholders of a pledge's wording stand for (DOMAIN.md §9): {Pemda} the
// government, {pemilihan} the election, {peserta} who stands in it. A placeholder written in
// capitals ({PEMDA}) is filled in capitals, as title lines print it. Paper text: Indonesian,
// never tr().
class PledgePlaceholders {
public:
    // `government` as the letterhead setting has it ("PEMERINTAH KABUPATEN SUKAMAJU").
    PledgePlaceholders(const QString& government, const ElectionPeriod& period);

    // The letterhead's line as running text writes it: "PEMERINTAH KABUPATEN SUKAMAJU" ->
    // "Pemerintah Kabupaten Sukamaju", "PEMERINTAH PROVINSI DKI JAKARTA" -> "Pemerintah
    // Provinsi DKI Jakarta"; "Pemerintah Daerah" when the setting is empty.
    static QString governmentName(const QString& letterheadGovernment);
    // "Pemilihan Umum Tahun 2024", "Pemilihan Kepala Daerah Serentak Tahun 2024": the year of voting day.
    static QString electionName(const ElectionPeriod& period);
    // "peserta pemilihan umum", "pasangan calon".
    static QString contestants(ElectionKind kind);

    // By placeholder name, any case ("pemda", "PEMDA"); empty for a name not known.
    QString value(const QString& name) const;
    // A placeholder not known is left as typed, so a misspelt one shows on the proof.
    QString fill(const QString& text) const;

private:
    QHash<QString, QString> m_values; // by lower-case name
};

} // namespace netra
