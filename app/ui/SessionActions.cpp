// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionActions.h"

#include "AttendanceSheetDialog.h"

#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QMessageBox>

namespace netra {

RegionTime SessionActions::regionTime(Database& db)
{
    return SettingsRepository(db).regionTime();
}

bool SessionActions::closeAfterConfirmation(QWidget* parent, Database& db, const Session& session)
{
    const QString title = tr("Close the session");
    if (session.closed()) {
        QMessageBox::information(parent, title, tr("This session is already closed."));
        return false;
    }
    const auto answer = QMessageBox::question(
        parent, title,
        tr("Close \"%1\"?\n\nEveryone invited who has no record yet will be marked Tanpa Keterangan (alpa). "
           "Records can still be corrected afterwards.")
            .arg(session.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const auto marked = AttendanceRepository(db).close(session, db.clock().now());
    if (!marked) {
        QMessageBox::critical(parent, title, marked.error().message);
        return false;
    }
    QMessageBox::information(
        parent, title,
        tr("The session is closed. %n invited person(s) without a record were marked Tanpa Keterangan.", nullptr,
           *marked));
    return true;
}

void SessionActions::printAttendanceSheet(QWidget* parent, Database& db, const Session& session)
{
    AttendanceSheetDialog dialog(db, session, parent);
    dialog.exec();
}

// HOOK (import): replace this body with the AttendanceImporter dialog; return whether it wrote.
bool SessionActions::importResponses(QWidget* parent, Database& db, const Session& session)
{
    Q_UNUSED(db);
    Q_UNUSED(session);
    QMessageBox::information(parent, tr("Import responses"), tr("Importing form responses is not available yet."));
    return false;
}

} // namespace netra
