// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace netra {

// Kop surat: the emblem on the left, centred government name, office and address.
struct Letterhead {
    QString government; // "PEMERINTAH KABUPATEN SUKAMAJU"
    QString office;     // "SEKRETARIAT DAERAH"
    QString address;    // one or more lines, '\n' separated
    QString logoPath;   // PNG/JPEG/SVG file; empty: no emblem

    // From the settings keys letterhead.government, .office, .address, .logo.
    static Letterhead fromSettings(const QHash<QString, QString>& settings)
    {
        return {settings.value(QStringLiteral("letterhead.government")),
                settings.value(QStringLiteral("letterhead.office")),
                settings.value(QStringLiteral("letterhead.address")),
                settings.value(QStringLiteral("letterhead.logo"))};
    }
};

} // namespace netra
