// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStatus.h"

namespace netra {

QString CaseStatusText::code(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Dilaporkan: return QStringLiteral("dilaporkan");
    case CaseStatus::Klarifikasi: return QStringLiteral("klarifikasi");
    case CaseStatus::Rekomendasi: return QStringLiteral("rekomendasi");
    case CaseStatus::Sanksi: return QStringLiteral("sanksi");
    case CaseStatus::TidakTerbukti: return QStringLiteral("tidak_terbukti");
    case CaseStatus::Dihentikan: return QStringLiteral("dihentikan");
    }
    return {};
}

std::optional<CaseStatus> CaseStatusText::fromCode(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const CaseStatus status : all())
        if (code(status) == wanted)
            return status;
    if (wanted == QLatin1String("dalam_pemeriksaan"))
        return CaseStatus::Klarifikasi;
    if (wanted == QLatin1String("rekomendasi_terbit"))
        return CaseStatus::Rekomendasi;
    if (wanted == QLatin1String("sanksi_dijatuhkan"))
        return CaseStatus::Sanksi;
    return std::nullopt;
}

QString CaseStatusText::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Dilaporkan: return tr("Reported");
    case CaseStatus::Klarifikasi: return tr("Under examination");
    case CaseStatus::Rekomendasi: return tr("Recommendation issued");
    case CaseStatus::Sanksi: return tr("Sanction imposed");
    case CaseStatus::TidakTerbukti: return tr("Not proven");
    case CaseStatus::Dihentikan: return tr("Closed");
    }
    return {};
}

QList<CaseStatus> CaseStatusText::all()
{
    return {CaseStatus::Dilaporkan, CaseStatus::Klarifikasi,   CaseStatus::Rekomendasi,
            CaseStatus::Sanksi,     CaseStatus::TidakTerbukti, CaseStatus::Dihentikan};
}

} // namespace netra
