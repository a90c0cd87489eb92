// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceReport.h"

#include "BarChartBlock.h"
#include "IndonesianNumber.h"
#include "NumberedListBlock.h"
#include "ParagraphBlock.h"
#include "ReportTable.h"
#include "core/IndonesianDate.h"
#include "core/Letterhead.h"
#include "core/PledgePlaceholders.h"
#include "core/SignatureBlock.h"
#include "store/ComplianceRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QColor>
#include <QCryptographicHash>

#include <memory>

namespace netra {

namespace {

constexpr qreal kTablePt = 8.0;

bool below(int n, int total, int pct)
{
    // Exact fractions, as ComplianceRule compares them: n/total < pct/100.
    return qint64(n) * 100 < qint64(pct) * total;
}

QString share(int n, int total)
{
    return total > 0 ? IndonesianNumber::percent(ComplianceRule::percent(n, total)) : QStringLiteral("—");
}

QString count(int n)
{
    return IndonesianNumber::integer(n);
}

QString paktaLabel(const std::optional<bool>& signedByHead)
{
    if (!signedByHead)
        return QStringLiteral("—");
    return *signedByHead ? QStringLiteral("Sudah") : QStringLiteral("Belum");
}

// Printed colours that stay apart on a grey-scale copy too: light, mid and dark.
QColor statusColour(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Patuh: return QColor(0x8f, 0xd1, 0x9e);
    case ComplianceStatus::PerluPerhatian: return QColor(0xf2, 0xb1, 0x34);
    case ComplianceStatus::TidakPatuh: return QColor(0xb7, 0x1c, 0x1c);
    case ComplianceStatus::NoStaff: return QColor(0xd0, 0xd0, 0xd0);
    }
    return Qt::gray;
}

ReportTable figuresTable(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds)
{
    ReportTable table;
    table.setPointSize(kTablePt);
    const Qt::Alignment number = Qt::AlignRight;
    const Qt::Alignment centred = Qt::AlignHCenter;
    // In millimetres of landscape A4's body: "Sosialisasi" and "Perlu Perhatian" keep to one line.
    table.addColumn(QStringLiteral("No"), 10, centred);
    table.addColumn(QStringLiteral("Perangkat Daerah"), 62);
    table.addColumn(QStringLiteral("ASN Aktif"), 16, number);
    table.addColumn(QStringLiteral("Ikrar (Jml)"), 17, number);
    table.addColumn(QStringLiteral("Ikrar (%)"), 18, number);
    table.addColumn(QStringLiteral("Hadir Sosialisasi (Jml)"), 22, number);
    table.addColumn(QStringLiteral("Hadir Sosialisasi (%)"), 22, number);
    table.addColumn(QStringLiteral("Pakta Kepala"), 18, centred);
    table.addColumn(QStringLiteral("Kasus Dalam Proses"), 19, number);
    table.addColumn(QStringLiteral("Kasus Terbukti"), 19, number);
    table.addColumn(QStringLiteral("Status"), 29, centred);

    UnitCompliance total;
    int heads = 0;
    int headsSigned = 0;
    int row = 0;
    for (const UnitCompliance& u : units) {
        table.addRow({QString::number(++row), u.unitName, count(u.activeStaff), count(u.ikrarSigned),
                      share(u.ikrarSigned, u.activeStaff), count(u.attendedStaff), share(u.attendedStaff, u.activeStaff),
                      paktaLabel(u.headPaktaSigned), count(u.casesOpen), count(u.casesProven),
                      ComplianceRule::statusLabel(ComplianceRule::status(u, thresholds))});
        total.activeStaff += u.activeStaff;
        total.ikrarSigned += u.ikrarSigned;
        total.attendedStaff += u.attendedStaff;
        total.casesOpen += u.casesOpen;
        total.casesProven += u.casesProven;
        heads += u.headPaktaSigned ? 1 : 0;
        headsSigned += u.headPaktaSigned.value_or(false) ? 1 : 0;
    }
    // The sums and the percentages of the sums; the pakta as heads signed of heads recorded.
    // A status belongs to a unit, not to the Pemda as a whole.
    table.addRow({QString(), QStringLiteral("JUMLAH"), count(total.activeStaff), count(total.ikrarSigned),
                  share(total.ikrarSigned, total.activeStaff), count(total.attendedStaff),
                  share(total.attendedStaff, total.activeStaff),
                  QString::number(headsSigned) + QLatin1Char('/') + QString::number(heads), count(total.casesOpen),
                  count(total.casesProven), QString()},
                 true);
    return table;
}

std::unique_ptr<BarChartBlock> chart(const QString& title, const QList<UnitCompliance>& units,
                                     const ComplianceThresholds& thresholds, bool attendance)
{
    QList<BarChartBlock::Bar> bars;
    for (const UnitCompliance& u : units) {
        const int n = attendance ? u.attendedStaff : u.ikrarSigned;
        bars.append({u.unitName, ComplianceRule::percent(n, u.activeStaff), share(n, u.activeStaff),
                     statusColour(ComplianceRule::status(u, thresholds))});
    }
    auto block = std::make_unique<BarChartBlock>(title, bars);
    QList<BarChartBlock::LegendItem> legend;
    for (const ComplianceStatus status :
         {ComplianceStatus::Patuh, ComplianceStatus::PerluPerhatian, ComplianceStatus::TidakPatuh}) {
        legend.append({ComplianceRule::statusLabel(status), statusColour(status)});
    }
    block->setLegend(legend);
    const int patuh = attendance ? thresholds.attendancePct : thresholds.ikrarPct;
    block->setMark(patuh, QStringLiteral("Batas Patuh %1%").arg(patuh));
    return block;
}

QStringList thresholdsInWords(const ComplianceThresholds& t)
{
    const QString sessions = t.minSessions == 1 ? QStringLiteral("sekurang-kurangnya satu kali")
                                                : QStringLiteral("sekurang-kurangnya %1 kali").arg(t.minSessions);
    return {
        QStringLiteral("Patuh: ikrar netralitas ditandatangani sekurang-kurangnya %1% ASN aktif, sosialisasi dihadiri "
                       "sekurang-kurangnya %2% ASN aktif (hadir %3), pakta integritas kepala perangkat daerah sudah "
                       "ditandatangani, dan tidak ada kasus terbukti.")
            .arg(t.ikrarPct)
            .arg(t.attendancePct)
            .arg(sessions),
        QStringLiteral("Tidak Patuh: ikrar netralitas atau kehadiran sosialisasi di bawah %1% ASN aktif, atau pakta "
                       "integritas kepala perangkat daerah belum ditandatangani.")
            .arg(t.failBelowPct),
        QStringLiteral("Perlu Perhatian: selain kedua keadaan di atas, termasuk perangkat daerah yang kepalanya belum "
                       "tercatat."),
        QStringLiteral("—: tidak ada ASN aktif pada tanggal tersebut."),
    };
}

// "Kecamatan Sukamaju (Tidak Patuh): ikrar 0,0% (di bawah 70%); kepala perangkat daerah belum tercatat."
QStringList unitsBelow(const QList<UnitCompliance>& units, const ComplianceThresholds& thresholds)
{
    QStringList lines;
    for (const ComplianceStatus wanted : {ComplianceStatus::TidakPatuh, ComplianceStatus::PerluPerhatian}) {
        for (const UnitCompliance& u : units) {
            if (ComplianceRule::status(u, thresholds) != wanted)
                continue;
            lines.append(u.unitName + QStringLiteral(" (") + ComplianceRule::statusLabel(wanted) + QStringLiteral("): ")
                         + ComplianceReport::reasons(u, thresholds).join(QStringLiteral("; ")) + QLatin1Char('.'));
        }
    }
    return lines;
}

} // namespace

QStringList ComplianceReport::reasons(const UnitCompliance& unit, const ComplianceThresholds& thresholds)
{
    const ComplianceStatus status = ComplianceRule::status(unit, thresholds);
    if (status == ComplianceStatus::Patuh || status == ComplianceStatus::NoStaff)
        return {};
    QStringList why;
    // The lowest line the share falls under: below the failing line says more than below Patuh.
    const auto shareReason = [&](const QString& what, int n, int patuhPct) {
        if (!below(n, unit.activeStaff, patuhPct))
            return;
        const int line = below(n, unit.activeStaff, thresholds.failBelowPct) ? thresholds.failBelowPct : patuhPct;
        why.append(QStringLiteral("%1 %2 (di bawah %3%)").arg(what, share(n, unit.activeStaff)).arg(line));
    };
    shareReason(QStringLiteral("ikrar"), unit.ikrarSigned, thresholds.ikrarPct);
    shareReason(QStringLiteral("kehadiran sosialisasi"), unit.attendedStaff, thresholds.attendancePct);
    if (!unit.headPaktaSigned)
        why.append(QStringLiteral("kepala perangkat daerah belum tercatat"));
    else if (!*unit.headPaktaSigned)
        why.append(QStringLiteral("pakta integritas kepala belum ditandatangani"));
    if (unit.casesProven > 0)
        why.append(QStringLiteral("%1 kasus terbukti").arg(count(unit.casesProven)));
    return why;
}

QString ComplianceReport::fingerprint(qint64 periodId, QDate asOf, const ComplianceThresholds& thresholds,
                                      const QList<UnitCompliance>& units)
{
    QStringList lines{QStringLiteral("netra-compliance-1"), QString::number(periodId), asOf.toString(Qt::ISODate),
                      QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(thresholds.ikrarPct)
                          .arg(thresholds.attendancePct)
                          .arg(thresholds.failBelowPct)
                          .arg(thresholds.minSessions)};
    for (const UnitCompliance& u : units) {
        const QString pakta = !u.headPaktaSigned ? QStringLiteral("-") : QString::number(*u.headPaktaSigned ? 1 : 0);
        lines.append(QStringList{u.unitCode, u.unitName, QString::number(u.activeStaff), QString::number(u.ikrarSigned),
                                 QString::number(u.attendedStaff), pakta, QString::number(u.cases),
                                 QString::number(u.casesOpen), QString::number(u.casesProven)}
                         .join(QLatin1Char('\t')));
    }
    const QByteArray digest =
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(12));
}

Result<ReportDocument> ComplianceReport::build(Database& db, const ElectionPeriod& period, const Options& options)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : period.votingDay;
    ComplianceRepository compliance(db);
    const auto thresholds = compliance.thresholds(period.id);
    if (!thresholds)
        return thresholds.error();
    const auto units = compliance.figures(period, asOf, thresholds->minSessions);
    if (!units)
        return units.error();
    const auto settings = SettingsRepository(db).all();
    if (!settings)
        return settings.error();

    ReportDocument doc;
    doc.setPaper(options.paper);
    // Eleven columns of figures: a rekapitulasi is printed landscape, as a lampiran would be.
    doc.setOrientation(QPageLayout::Landscape);
    doc.setTitle(QStringLiteral("Rekapitulasi Kepatuhan Netralitas ASN ") + period.name);
    doc.setFooterText(QStringLiteral("Kode verifikasi: ") + fingerprint(period.id, asOf, *thresholds, *units));

    doc.addLetterhead(Letterhead::fromSettings(*settings));
    doc.addTitle({QStringLiteral("REKAPITULASI KEPATUHAN NETRALITAS APARATUR SIPIL NEGARA PER PERANGKAT DAERAH"),
                  PledgePlaceholders::electionName(period).toUpper(),
                  QStringLiteral("Keadaan per tanggal ") + IndonesianDate::longDate(asOf)});
    const QString number = options.letterNumber.simplified();
    if (!number.isEmpty())
        doc.addParagraph(QStringLiteral("Nomor: ") + number, Qt::AlignHCenter);
    doc.addTable(figuresTable(*units, *thresholds));

    doc.addBlock(chart(QStringLiteral("Ikrar Netralitas per Perangkat Daerah (%)"), *units, *thresholds, false));
    doc.addBlock(chart(QStringLiteral("Kehadiran Sosialisasi per Perangkat Daerah (%)"), *units, *thresholds, true));

    doc.addParagraph(QStringLiteral("Keterangan:"), Qt::AlignLeft, true);
    doc.addBlock(std::make_unique<NumberedListBlock>(thresholdsInWords(*thresholds), Qt::AlignJustify));
    const QStringList below = unitsBelow(*units, *thresholds);
    if (below.isEmpty()) {
        doc.addParagraph(QStringLiteral("Tidak ada perangkat daerah di bawah ambang batas kepatuhan."));
    } else {
        doc.addParagraph(QStringLiteral("Perangkat daerah di bawah ambang batas kepatuhan:"));
        doc.addBlock(std::make_unique<NumberedListBlock>(below, Qt::AlignLeft));
    }

    doc.addSignature(SignatureBlock::fromSettings(*settings), db.clock().today());

    QStringList copies;
    for (const QString& line : settings->value(QStringLiteral("report.cc")).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            copies.append(line.trimmed());
    }
    if (!copies.isEmpty()) {
        doc.addParagraph(QStringLiteral("Tembusan:"));
        doc.addBlock(std::make_unique<NumberedListBlock>(copies, Qt::AlignLeft));
    }
    return doc;
}

} // namespace netra
