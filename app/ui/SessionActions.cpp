// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionActions.h"

#include "AttendanceImportDialog.h"
#include "AttendanceSheetDialog.h"

#include "store/AttendanceRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QFileDialog>
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

bool SessionActions::importResponses(QWidget* parent, Database& db, const Session& session)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import form responses"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    AttendanceImportDialog dialog(db, session, parent);
    if (!dialog.load(path) || dialog.exec() != QDialog::Accepted)
        return false;
    QMessageBox::information(parent, tr("Import form responses"),
                             tr("%n person(s) recorded present.", nullptr, dialog.recordedPeople()));
    return true;
}

} // namespace netra
