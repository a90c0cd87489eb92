// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "io/ReportDocument.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;

namespace netra {

class Database;

// Choose the unit and paper of a session's daftar hadir, then preview, print or save it.
class AttendanceSheetDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceSheetDialog(Database& db, Session session, QWidget* parent = nullptr);

private:
    // The sheet for the current choices, or nullopt after saying why not.
    std::optional<ReportDocument> build();
    void preview();
    void save();

    Database& m_db;
    Session m_session;
    QComboBox* m_unit;
    QComboBox* m_paper;
    QLabel* m_error;
};

} // namespace netra
