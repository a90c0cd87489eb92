// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaperSize.h"
#include "ReportDocument.h"
#include "core/Compliance.h"
#include "core/ElectionPeriod.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace netra {

class Database;

// The Sekda's printed compliance summary of an election period (DOMAIN.md §11), landscape: kop surat;
// "REKAPITULASI KEPATUHAN NETRALITAS ...", the election and "Keadaan per tanggal ..."; the
// clerk's "Nomor: ..." when given; the table per unit (No, Perangkat Daerah, ASN Aktif,
// Ikrar Jml and %, Hadir Sosialisasi Jml and %, Pakta Kepala, Kasus Dalam Proses, Kasus
// Terbukti, Status) closed by JUMLAH; bar charts of the ikrar and attendance shares coloured
// by status; "Keterangan:" with the thresholds in words and the units below them; the date
// line and the signatory of the settings; Tembusan from report.cc. Every page's footer
// carries "Kode verifikasi: <fingerprint>" beside "Halaman x dari y".
// Paper text is Indonesian whatever the interface language; error messages are translated.
class ComplianceReport {
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
public:
    struct Options {
        Paper paper = Paper::A4;
        QDate asOf;           // invalid: the period's voting day
        QString letterNumber; // "Nomor: ..." as the clerk typed it, never generated; empty: no line
    };

    // Figures and thresholds from ComplianceRepository; the date line is today by the
    // database's clock. Database when the store fails.
    static Result<ReportDocument> build(Database& db, const ElectionPeriod& period, const Options& options);

    // The code printed as "Kode verifikasi", to match a paper copy with the database: the
    // first 12 hex digits of a SHA-256 over, one line each, "netra-compliance-1", the
    // period id, the as-of date (ISO), the four thresholds, then per unit in the given order
    // its code, name, active staff, ikrar signed, attended, the head's pakta (1, 0, or "-"
    // without a head), cases, open and proven cases, tab-separated. Anything that changes a
    // printed figure or status changes the code; the printing date and the settings do not.
    static QString fingerprint(qint64 periodId, QDate asOf, const ComplianceThresholds& thresholds,
                               const QList<UnitCompliance>& units);

    // Why a unit is not Patuh, as Keterangan prints it: "ikrar 50,0% (di bawah 95%)",
    // "kehadiran sosialisasi 0,0% (di bawah 80%)", "pakta integritas kepala belum
    // ditandatangani", "kepala perangkat daerah belum tercatat", "1 kasus terbukti". Empty
    // for a Patuh unit or one without active staff.
    static QStringList reasons(const UnitCompliance& unit, const ComplianceThresholds& thresholds);
};

} // namespace netra
