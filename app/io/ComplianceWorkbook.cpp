// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceWorkbook.h"

#include "CaseExporter.h"
#include "ExportedNip.h"

#include "store/CaseRepository.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/PledgeRepository.h"

namespace netra {

namespace {

// Counts as integers so that they sum in the spreadsheet; shares as percent cells.
QList<SheetCell> figureCells(const UnitCompliance& u)
{
    return {SheetCell::fromText(u.unitCode),
            SheetCell::fromText(u.unitName),
            SheetCell::fromInteger(u.activeStaff),
            SheetCell::fromInteger(u.ikrarSigned),
            SheetCell::fromPercent(ComplianceRule::percent(u.ikrarSigned, u.activeStaff)),
            SheetCell::fromInteger(u.attendedStaff),
            SheetCell::fromPercent(ComplianceRule::percent(u.attendedStaff, u.activeStaff))};
}

} // namespace

QStringList ComplianceWorkbook::sheetNames()
{
    return {QStringLiteral("Ringkasan"), QStringLiteral("Belum Ikrar"), QStringLiteral("Belum Hadir"),
            QStringLiteral("Kasus")};
}

QStringList ComplianceWorkbook::summaryColumns()
{
    return {QStringLiteral("Kode"),
            QStringLiteral("Perangkat Daerah"),
            QStringLiteral("ASN Aktif"),
            QStringLiteral("Ikrar (Jml)"),
            QStringLiteral("Ikrar (%)"),
            QStringLiteral("Hadir Sosialisasi (Jml)"),
            QStringLiteral("Hadir Sosialisasi (%)"),
            QStringLiteral("Pakta Kepala"),
            QStringLiteral("Kasus"),
            QStringLiteral("Kasus Dalam Proses"),
            QStringLiteral("Kasus Terbukti"),
            QStringLiteral("Status")};
}

QStringList ComplianceWorkbook::peopleColumns()
{
    return {QStringLiteral("Kode Unit"), QStringLiteral("Perangkat Daerah"), QStringLiteral("NIP"), QStringLiteral("Nama"),
            QStringLiteral("Jabatan")};
}

QStringList ComplianceWorkbook::caseColumns()
{
    return {QStringLiteral("Kode Unit"),         QStringLiteral("Perangkat Daerah"), QStringLiteral("NIP"),
            QStringLiteral("Nama"),              QStringLiteral("Jenis Pelanggaran"), QStringLiteral("Tanggal Kejadian"),
            QStringLiteral("Sumber"),            QStringLiteral("Status pada tanggal"),
            QStringLiteral("Tanggal Status")};
}

QList<SheetCell> ComplianceWorkbook::summaryCells(const UnitCompliance& unit, const ComplianceThresholds& thresholds)
{
    QList<SheetCell> row = figureCells(unit);
    const QString pakta = !unit.headPaktaSigned ? QString()
                          : *unit.headPaktaSigned ? QStringLiteral("Sudah")
                                                  : QStringLiteral("Belum");
    const ComplianceStatus status = ComplianceRule::status(unit, thresholds);
    // statusLabel gives "—" for a unit without staff: an empty cell filters and sorts better.
    const QString label = status == ComplianceStatus::NoStaff ? QString() : ComplianceRule::statusLabel(status);
    row << SheetCell::fromText(pakta) << SheetCell::fromInteger(unit.cases) << SheetCell::fromInteger(unit.casesOpen)
        << SheetCell::fromInteger(unit.casesProven) << SheetCell::fromText(label);
    return row;
}

QList<SheetCell> ComplianceWorkbook::totalCells(const UnitCompliance& total, int headsSigned)
{
    // A status belongs to a unit, not to the total.
    QList<SheetCell> row = figureCells(total);
    row << SheetCell::fromInteger(headsSigned) << SheetCell::fromInteger(total.cases)
        << SheetCell::fromInteger(total.casesOpen) << SheetCell::fromInteger(total.casesProven) << SheetCell();
    return row;
}

QList<SheetCell> ComplianceWorkbook::personCells(const StaffInUnit& person, bool maskNip)
{
    return {SheetCell::fromText(person.unitCode), SheetCell::fromText(person.unitName),
            SheetCell::fromText(exportedNip(person.nip, maskNip)), SheetCell::fromText(person.name),
            SheetCell::fromText(person.position)};
}

QList<SheetCell> ComplianceWorkbook::caseCells(const ViolationCase& c, const CaseCatalog& catalog, bool maskNip)
{
    const ViolationKind* kind = catalog.kind(c.kindCode);
    const ReportSource* source = catalog.source(c.sourceCode);
    return {SheetCell::fromText(c.unitCode),
            SheetCell::fromText(c.unitName),
            SheetCell::fromText(exportedNip(c.nip, maskNip)),
            SheetCell::fromText(c.name),
            SheetCell::fromText(kind ? kind->label : c.kindCode),
            SheetCell::fromDate(c.actDate),
            SheetCell::fromText(source ? source->label : c.sourceCode),
            SheetCell::fromText(CaseExporter::statusLabel(c.status)),
            SheetCell::fromDate(c.statusDate)};
}

Result<ComplianceWorkbook::Counts> ComplianceWorkbook::write(const QString& path, SheetOutput::Format format,
                                                             const ElectionPeriod& period, const Options& options) const
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : period.votingDay;
    ComplianceRepository compliance(m_db);
    const auto thresholds = compliance.thresholds(period.id);
    if (!thresholds)
        return thresholds.error();
    const auto units = compliance.figures(period, asOf, thresholds->minSessions);
    if (!units)
        return units.error();
    ObligationFilter unsignedOnly;
    unsignedOnly.signing = Signing::Unsigned;
    const auto notSigned = PledgeRepository(m_db).obligations(period, PledgeKind::Ikrar, asOf, unsignedOnly);
    if (!notSigned)
        return notSigned.error();
    const auto notAttended = compliance.notAttended(period, asOf, thresholds->minSessions);
    if (!notAttended)
        return notAttended.error();
    const auto cases = compliance.casesOn(period, asOf);
    if (!cases)
        return cases.error();
    const auto catalog = CaseRepository(m_db).catalog();
    if (!catalog)
        return catalog.error();

    auto output = SheetOutput::create(path, format, options.xlsxLibrary);
    if (!output)
        return output.error();
    SheetOutput& out = **output;
    const QStringList sheets = sheetNames();

    if (Status added = out.addSheet(sheets.at(0), summaryColumns()); !added)
        return added.error();
    UnitCompliance total;
    total.unitCode = QStringLiteral("JUMLAH");
    int headsSigned = 0;
    for (const UnitCompliance& unit : *units) {
        if (Status written = out.writeRow(summaryCells(unit, *thresholds)); !written)
            return written.error();
        total.activeStaff += unit.activeStaff;
        total.ikrarSigned += unit.ikrarSigned;
        total.attendedStaff += unit.attendedStaff;
        headsSigned += unit.headPaktaSigned.value_or(false) ? 1 : 0;
        total.cases += unit.cases;
        total.casesOpen += unit.casesOpen;
        total.casesProven += unit.casesProven;
    }
    if (Status written = out.writeRow(totalCells(total, headsSigned)); !written)
        return written.error();

    const auto writePeople = [&](const QString& sheet, const auto& people) -> Status {
        if (Status added = out.addSheet(sheet, peopleColumns()); !added)
            return added;
        for (const StaffInUnit& person : people) {
            if (Status written = out.writeRow(personCells(person, options.maskNip)); !written)
                return written;
        }
        return {};
    };
    if (Status written = writePeople(sheets.at(1), notSigned->entries); !written)
        return written.error();
    if (Status written = writePeople(sheets.at(2), *notAttended); !written)
        return written.error();

    if (Status added = out.addSheet(sheets.at(3), caseColumns()); !added)
        return added.error();
    for (const ViolationCase& c : *cases) {
        if (Status written = out.writeRow(caseCells(c, *catalog, options.maskNip)); !written)
            return written.error();
    }
    if (Status finished = out.finish(); !finished)
        return finished.error();
    return Counts{int(units->size()), int(notSigned->entries.size()), int(notAttended->size()), int(cases->size())};
}

} // namespace netra
