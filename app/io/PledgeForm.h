// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaperSize.h"
#include "ReportDocument.h"
#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace netra {

class Database;

// The printed pledge forms of one work unit for an election period (DOMAIN.md §9), in the
// wording of the settings pledge.ikrar_text and pledge.pakta_text (see PledgeText):
//   - ikrar: one collective sheet: kop surat, the title, the text with its numbered items,
//     the unit, everyone who must sign (No, Nama, NIP, Jabatan, Tanda Tangan; the signature
//     cells staggered, the header on every page), the date line and "Mengetahui,";
//   - pakta: a page per official: kop surat, the title, the official's particulars, the
//     items and the official's own signature block, with a box for the meterai when the
//     setting pledge.pakta_meterai is on.
// Paper text is Indonesian whatever the interface language; error messages are translated.
class PledgeForm {
    Q_DECLARE_TR_FUNCTIONS(PledgeForm)
public:
    struct Options {
        Paper paper = Paper::A4;
        QDate asOf;        // who must sign on this date; invalid: today, clamped into the period
        QDate signingDate; // printed in the date line; invalid: "Sukamaju, .................... 2024",
                           // the day written in by hand when the form is signed
    };

    // Lists who owes `kind` in the unit on the as-of date (PledgeRepository::obligations),
    // signed or not. NotFound for an unknown unit; Invalid for a date outside the period or a
    // unit where nobody owes the pledge; Database when the store fails.
    static Result<ReportDocument> build(Database& db, const ElectionPeriod& period, PledgeKind kind,
                                        const QString& unitCode, const Options& options);
};

} // namespace netra
