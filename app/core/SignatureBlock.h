// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace netra {

// Place and date line, position, room to sign, then name (bold, underlined), rank and NIP.
// A kepala daerah signs without rank and NIP: leave them empty.
struct SignatureBlock {
    QString place;    // "Sukamaju" -> "Sukamaju, 22 November 2026"
    QString onBehalf; // "a.n. BUPATI SUKAMAJU", printed above the position when set
    QString position; // "SEKRETARIS DAERAH KABUPATEN SUKAMAJU,"
    QString name;     // with titles: "Drs. H. NAMA LENGKAP, M.Si."
    QString rank;     // "Pembina Utama Madya (IV/d)"
    QString nip;      // bare or grouped; printed grouped after "NIP "

    // From the settings keys signatory.place, .on_behalf, .position, .name, .rank, .nip.
    static SignatureBlock fromSettings(const QHash<QString, QString>& settings)
    {
        return {settings.value(QStringLiteral("signatory.place")),
                settings.value(QStringLiteral("signatory.on_behalf")),
                settings.value(QStringLiteral("signatory.position")),
                settings.value(QStringLiteral("signatory.name")),
                settings.value(QStringLiteral("signatory.rank")),
                settings.value(QStringLiteral("signatory.nip"))};
    }
};

} // namespace netra
