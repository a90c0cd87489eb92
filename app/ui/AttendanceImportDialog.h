// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "io/AttendanceImporter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace netra {

class Database;

// Form responses into a session's attendance: the file is matched first without writing, the
// clerk confirms a candidate for the rows that named nobody for sure, and then everything is
// recorded in one transaction.
class AttendanceImportDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceImportDialog(Database& db, Session session, QWidget* parent = nullptr);

    // Matches `path` and shows the outcome; false (with the reason shown) when the file
    // cannot be used. The page calls it right after asking for the file.
    bool load(const QString& path);
    // How many people were recorded, after accept().
    int recordedPeople() const { return m_recorded; }

private:
    void record();
    QList<AttendanceRepository::Presence> confirmedRows() const;

    Database& m_db;
    Session m_session;
    AttendanceImportResult m_result;
    QLabel* m_summary;
    QTableWidget* m_unmatched;
    QPushButton* m_recordButton;
    int m_recorded = 0;
};

} // namespace netra
