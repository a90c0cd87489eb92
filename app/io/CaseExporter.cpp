// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseExporter.h"

#include "ExportedNip.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

namespace netra {

QStringList CaseExporter::columns()
{
    return {QStringLiteral("Id"),        QStringLiteral("NIP"),
            QStringLiteral("Nama"),      QStringLiteral("Kode Unit"),
            QStringLiteral("Periode"),   QStringLiteral("Jenis Pelanggaran"),
            QStringLiteral("Tanggal Kejadian"), QStringLiteral("Sumber"),
            QStringLiteral("Status"),    QStringLiteral("Tanggal Status"),
            QStringLiteral("Terlambat")};
}

QString CaseExporter::statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Dilaporkan: return QStringLiteral("Dilaporkan");
    case CaseStatus::Klarifikasi: return QStringLiteral("Klarifikasi");
    case CaseStatus::Rekomendasi: return QStringLiteral("Rekomendasi");
    case CaseStatus::Sanksi: return QStringLiteral("Sanksi");
    case CaseStatus::TidakTerbukti: return QStringLiteral("Tidak Terbukti");
    case CaseStatus::Dihentikan: return QStringLiteral("Dihentikan");
    }
    return {};
}

QList<SheetCell> CaseExporter::cells(const ViolationCase& c, const CaseCatalog& catalog, const Options& options)
{
    // A code the catalogue no longer knows is shown as the code rather than dropped.
    const ViolationKind* kind = catalog.kind(c.kindCode);
    const ReportSource* source = catalog.source(c.sourceCode);
    return {SheetCell::fromInteger(c.id),
            SheetCell::fromText(exportedNip(c.nip, options.maskNip)),
            SheetCell::fromText(c.name),
            SheetCell::fromText(c.unitCode),
            SheetCell::fromText(c.periodName),
            SheetCell::fromText(kind ? kind->label : c.kindCode),
            SheetCell::fromDate(c.actDate),
            SheetCell::fromText(source ? source->label : c.sourceCode),
            SheetCell::fromText(statusLabel(c.status)),
            SheetCell::fromDate(c.statusDate),
            SheetCell::fromText(c.overdue ? QStringLiteral("Ya") : QStringLiteral("Tidak"))};
}

Result<qint64> CaseExporter::write(const QString& path, SheetOutput::Format format, const Options& options) const
{
    CaseRepository repository(m_db);
    const auto catalog = repository.catalog();
    if (!catalog)
        return catalog.error();
    CaseFilter filter;
    filter.periodId = options.periodId;
    const auto cases = repository.list(filter);
    if (!cases)
        return cases.error();
    auto output = SheetOutput::create(path, format, options.xlsxLibrary);
    if (!output)
        return output.error();
    if (Status added = (*output)->addSheet(QStringLiteral("Kasus"), columns()); !added)
        return added.error();
    for (const ViolationCase& c : *cases) {
        if (Status written = (*output)->writeRow(cells(c, *catalog, options)); !written)
            return written.error();
    }
    if (Status finished = (*output)->finish(); !finished)
        return finished.error();
    return qint64(cases->size());
}

} // namespace netra
