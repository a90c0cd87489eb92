// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace netra {

// A person on the roster offered for a row that named someone ambiguously (or nobody known):
// who the clerk may confirm, with what tells namesakes apart.
struct StaffCandidate {
    qint64 staffId = 0;
    QString name;    // as written, titles included
    QString nameKey; // nameKey() of it
    QString nip;     // or a non-ASN's internal id
    qint64 unitId = 0; // the unit on the day asked about; 0 when none
    QString unitCode;
    QString unitName;
    bool invited = false; // the unit is invited to the session in question

    // "Agus Mulyadi (198703152010121002, Dinas Kesehatan)", for lists and reject files.
    QString describe() const;
};

} // namespace netra
