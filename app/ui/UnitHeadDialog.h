// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/WorkUnit.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace netra {

class Database;

// Records who heads a unit from a date: the clerk finds the person by name or NIP (among
// the unit's staff, or everyone), picks them, and dates the start of the term.
class UnitHeadDialog : public QDialog {
    Q_OBJECT
public:
    UnitHeadDialog(Database& db, const WorkUnit& unit, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void search();
    void save();

    Database& m_db;
    WorkUnit m_unit;
    QLabel* m_intro;
    QLineEdit* m_search;
    QCheckBox* m_onlyUnit;
    QListWidget* m_candidates;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace netra
