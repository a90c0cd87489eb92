// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpreadsheetCell.h"

#include "core/ImportReject.h"
#include "core/Result.h"
#include "core/Session.h"
#include "core/StaffCandidate.h"
#include "store/AttendanceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace netra {

class Database;

// A row of an attendance file that named nobody for sure, as the file writes it.
struct UnmatchedAttendanceRow {
    int row = 0; // as the spreadsheet numbers it (header = row 1)
    QString nip;
    QString name;
    QString timestamp;
    QDateTime at; // the instant the row would be recorded at, UTC
    QString reason;
    QList<StaffCandidate> candidates; // at most 3, best first: for the clerk to confirm one
};

// What an attendance import found and did.
struct AttendanceImportResult {
    int rows = 0;       // data rows read
    int matched = 0;    // people recorded, each counted once however many rows name them
    int byName = 0;     // of `matched`, people found by their name only (no usable NIP row)
    int duplicates = 0; // rows naming a person an earlier row already named
    QList<UnmatchedAttendanceRow> unmatched;
    QList<ImportReject> warnings; // kept rows with something to look at (an unreadable time)
    // The people matched with the earliest time each, in file order: what was written.
    QList<AttendanceRepository::Presence> present;
    AttendanceCounts written; // new, changed (an earlier time or another status), unchanged
};

// Reads who came to a sosialisasi from a form export (Google Forms' XLSX or CSV: Timestamp,
// Nama Lengkap, NIP, ...) or any list with a NIP or a name column, and records them present.
//
// Per row: the NIP (spaces, dots and a leading apostrophe ignored) when it is on the roster;
// otherwise the name (titles and case ignored) when exactly one person active on the session's
// date bears it, or exactly one of its bearers is in an invited unit. A NIP a spreadsheet
// turned into a number is never guessed at, and nobody is ever created: a row that names no
// one for sure is listed with its reason and up to three candidates. The time of a row is its
// timestamp on the region's clock (setting region.time_zone); without one, the session's
// start. A person named twice is recorded once, at the earliest time.
//
// The whole file is read and matched first; then everything matched is written in one
// transaction (AttendanceRepository::recordPresent, CaptureMethod::Import), so an error, a
// cancel or a dry run leaves the database as it was. Importing the same file again changes
// nothing. Safe on a worker thread with its own Database.
class AttendanceImporter {
    Q_DECLARE_TR_FUNCTIONS(AttendanceImporter)
public:
    struct Options {
        bool dryRun = false; // match and count only; write nothing (written stays zero)
        QString sheet;       // XLSX: by name; empty: the first sheet
        // Checked between rows; when set the import stops and nothing is written.
        const std::atomic_bool* cancel = nullptr;
        // (share of the file read 0..1, rows read so far), every few hundred rows.
        std::function<void(double, int)> progress;
    };

    explicit AttendanceImporter(Database& db) : m_db(db) {}

    // Errors: the file cannot be read (File); it is not a spreadsheet, is empty, or has
    // neither a NIP nor a name column (Invalid); cancelled (Cancelled); the store failed
    // (Database). Nothing is written on any of them.
    Result<AttendanceImportResult> import(const Session& session, const QString& path, const Options& options);
    // The same for a stored session by id; no such session is a NotFound error.
    Result<AttendanceImportResult> import(qint64 sessionId, const QString& path, const Options& options);
    Result<AttendanceImportResult> import(qint64 sessionId, const QString& path) { return import(sessionId, path, {}); }

    // The rows the clerk settled afterwards (a candidate confirmed for an unmatched row):
    // present at the given times, in one transaction, each person once at the earliest time.
    static Result<AttendanceCounts> recordConfirmed(Database& db, const Session& session,
                                                    const QList<AttendanceRepository::Presence>& present);

    // The instant a form timestamp cell means: an XLSX date cell (its day fraction is the
    // time) or text such as "28/11/2023 9:05:12", read on `zoneCode`'s clock (WIB, WITA,
    // WIT). Invalid when the cell holds no readable date and time.
    static QDateTime timestampInstant(const SpreadsheetCell& cell, const QString& zoneCode);

private:
    Database& m_db;
};

} // namespace netra
