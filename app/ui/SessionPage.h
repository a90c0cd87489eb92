// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "TableExport.h"

#include "core/ElectionPeriod.h"
#include "core/Session.h"

#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace netra {

class SessionTableModel;

// Sosialisasi: the briefings of an election period; add and edit them, run the check-in
// desk, go through the attendance afterwards and close a session. Printing the daftar hadir
// and importing form responses go through SessionActions' hooks.
class SessionPage : public Page {
    Q_OBJECT
public:
    explicit SessionPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Briefings"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    SessionTableModel* model() const { return m_model; }
    qint64 periodId() const;
    std::optional<Session> selectedSession() const;
    void selectSession(qint64 id);

    void newSession();
    void editSession();
    void openCheckIn();
    void openAttendance();
    void closeSession();
    void printAttendanceSheet();
    void importResponses();
    QList<TableExport::Sheet> exportSheets() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadPeriods();
    void loadSessions();
    void updateButtons();
    void changed(qint64 selectId);

    Database* m_db = nullptr;
    QList<ElectionPeriod> m_periods;
    SessionTableModel* m_model;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_hint;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_checkIn;
    QPushButton* m_attendance;
    QPushButton* m_close;
    QPushButton* m_print;
    QPushButton* m_import;
    QPushButton* m_export;
};

} // namespace netra
