// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace netra {

// Where a violation case stands (DOMAIN.md §7). Which step may follow which is reference
// data (CaseCatalog); what a step must carry is decided here, by status.
enum class CaseStatus { Dilaporkan, Klarifikasi, Rekomendasi, Sanksi, TidakTerbukti, Dihentikan };

class CaseStatusText {
    Q_DECLARE_TR_FUNCTIONS(CaseStatusText)
public:
    static QString code(CaseStatus status); // "dilaporkan", ...
    // Also the long codes found in other offices' files: dalam_pemeriksaan,
    // rekomendasi_terbit, sanksi_dijatuhkan.
    static std::optional<CaseStatus> fromCode(const QString& code);
    static QString displayName(CaseStatus status); // translated, for the screen
    static QList<CaseStatus> all();
};

// The compliance view of a status on a date (DOMAIN.md §11): still being dealt with, and
// established (a recommendation counts as proven before the sanction falls).
inline bool caseIsOpen(CaseStatus s)
{
    return s == CaseStatus::Dilaporkan || s == CaseStatus::Klarifikasi || s == CaseStatus::Rekomendasi;
}
inline bool caseIsProven(CaseStatus s)
{
    return s == CaseStatus::Rekomendasi || s == CaseStatus::Sanksi;
}

} // namespace netra
