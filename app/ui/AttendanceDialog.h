// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "TableExport.h"

#include "core/AttendanceStatus.h"
#include "core/Session.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace netra {

class AttendanceTableModel;
class Database;

// The roster of one session after it: everyone invited and everyone recorded, filtered by
// unit and status; a status set for the selected people at once (excused, sick, official
// duty…); and the session closed, which marks the invited people without a record alpa.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    AttendanceTableModel* model() const { return m_model; }
    bool changedData() const { return m_changed; }
    const Session& session() const { return m_session; }

    // Gives the selected people `status` (walk-ins keep theirs). Used by the Set status menu.
    void setStatusOfSelection(AttendanceStatus status);
    void closeSession();
    QList<TableExport::Sheet> exportSheets() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void updateButtons();
    void showHeader();

    Database& m_db;
    Session m_session;
    bool m_changed = false;
    AttendanceTableModel* m_model;
    QLabel* m_header;
    QComboBox* m_unitFilter;
    QComboBox* m_statusFilter;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_message;
    QPushButton* m_setStatus;
    QMenu* m_statusMenu;
    QPushButton* m_closeSession;
    QPushButton* m_export;
    QPushButton* m_done;
};

} // namespace netra
