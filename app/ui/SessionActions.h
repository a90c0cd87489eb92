// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RegionTime.h"
#include "core/Session.h"

#include <QCoreApplication>

class QWidget;

namespace netra {

class Database;

// What the Sosialisasi page and its dialogs do to a whole session, in one place.
class SessionActions {
    Q_DECLARE_TR_FUNCTIONS(SessionActions)
public:
    // The region's clock (setting region.time_zone) that session screens show times on.
    static RegionTime regionTime(Database& db);

    // Asks, then closes the session: every invited person without a record becomes alpa.
    // Says how many were marked. True when the session was closed.
    static bool closeAfterConfirmation(QWidget* parent, Database& db, const Session& session);

    // Prints or saves the daftar hadir of the session, per invited unit.
    static void printAttendanceSheet(QWidget* parent, Database& db, const Session& session);
    // Reads form responses into the session's attendance: asks for the file, shows what
    // matched and lets the clerk confirm candidates for the rest (AttendanceImportDialog).
    // True when records were written, so the page refreshes and tells the others.
    static bool importResponses(QWidget* parent, Database& db, const Session& session);
};

} // namespace netra
