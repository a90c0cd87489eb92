// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeExporter.h"

#include "ExportedNip.h"

#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

namespace netra {

QStringList PledgeExporter::columns()
{
    return {QStringLiteral("Periode"),   QStringLiteral("Jenis"),
            QStringLiteral("NIP"),       QStringLiteral("Nama"),
            QStringLiteral("Kode Unit"), QStringLiteral("Tanggal Tanda Tangan"),
            QStringLiteral("Tempat"),    QStringLiteral("SHA-256 Bukti")};
}

QList<SheetCell> PledgeExporter::cells(const ElectionPeriod& period, const PledgeEntry& entry, const Options& options)
{
    const Pledge& pledge = *entry.pledge;
    return {SheetCell::fromText(period.name),
            SheetCell::fromText(PledgeKindText::label(pledge.kind)),
            SheetCell::fromText(exportedNip(entry.nip, options.maskNip)),
            SheetCell::fromText(entry.name),
            SheetCell::fromText(entry.unitCode),
            SheetCell::fromDate(pledge.signedOn),
            SheetCell::fromText(pledge.place),
            SheetCell::fromText(pledge.evidenceSha256)};
}

Result<qint64> PledgeExporter::write(const QString& path, SheetOutput::Format format, const Options& options) const
{
    const auto periods = ElectionPeriodRepository(m_db).list();
    if (!periods)
        return periods.error();
    auto output = SheetOutput::create(path, format, options.xlsxLibrary);
    if (!output)
        return output.error();
    if (Status added = (*output)->addSheet(QStringLiteral("Ikrar dan Pakta"), columns()); !added)
        return added.error();
    PledgeRepository pledges(m_db);
    qint64 rows = 0;
    for (const ElectionPeriod& period : *periods) {
        if (options.periodId != 0 && period.id != options.periodId)
            continue;
        const auto entries = pledges.pledges(period, {});
        if (!entries)
            return entries.error();
        for (const PledgeEntry& entry : *entries) {
            if (!entry.pledge)
                continue;
            if (Status written = (*output)->writeRow(cells(period, entry, options)); !written)
                return written.error();
            ++rows;
        }
    }
    if (Status finished = (*output)->finish(); !finished)
        return finished.error();
    return rows;
}

} // namespace netra
