// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sex.h"
#include "StaffKind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace netra {

// A person on the roster. `name` is exactly as written (titles included); the parts are
// kept apart so titles never disturb matching or sorting.
struct Staff {
    qint64 id = 0;
    QString uuid;
    QString nip;        // 18 bare digits; empty for non-ASN
    QString internalId; // for non-ASN, who have no NIP
    QString name;
    QString frontTitles;
    QString bareName;
    QString backTitles;
    StaffKind kind = StaffKind::Pns;
    std::optional<Sex> sex;
    QDate birthDate;
    QString grade;    // canonical: "III/b" for PNS, "IX" for PPPK
    QString position; // jabatan
    bool official = false; // named by the Pemda to sign a pakta integritas
    bool active = true;
    QDate inactiveFrom;
    // Current assignment, filled by queries that join it.
    qint64 unitId = 0;
    QString unitCode;
};

// Dated membership of a unit (riwayat penempatan).
struct Assignment {
    qint64 id = 0;
    qint64 staffId = 0;
    qint64 unitId = 0;
    QString unitCode;
    QDate from;
    QDate to; // null while current
};

} // namespace netra
