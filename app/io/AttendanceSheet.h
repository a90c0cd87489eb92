// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaperSize.h"
#include "ReportDocument.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QString>

namespace netra {

class Database;

// The printed daftar hadir of a sosialisasi (DOMAIN.md §10). Each invited unit starts on a
// new page: kop surat, "DAFTAR HADIR", Kegiatan, Hari/Tanggal, Waktu, Tempat and Unit Kerja,
// the unit's invited people to sign (No, Nama, NIP, Jabatan, Unit Kerja, Tanda Tangan, the
// signature cells staggered), then "Mengetahui," and the organiser's signature block.
// Paper text is Indonesian whatever the interface language; error messages are translated.
class AttendanceSheet {
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheet)
public:
    struct Options {
        Paper paper = Paper::A4;
        QString unitCode; // one invited unit; empty: every invited unit, each from a new page
    };

    // NotFound for an unknown session or unit, Invalid for a unit the session does not
    // invite, Database when the store fails. Only invited people are listed: the sheet is
    // printed before the session, to be signed at the door.
    static Result<ReportDocument> build(Database& db, qint64 sessionId, const Options& options);

    // The Waktu line: "08.00 WIB s.d. selesai" without an end time, "08.00 s.d. 10.00 WIB"
    // with one; empty without a start time (written in by hand).
    static QString timeText(const Session& session, const QString& zoneCode);
};

} // namespace netra
