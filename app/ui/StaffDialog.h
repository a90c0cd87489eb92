// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Staff.h"
#include "core/WorkUnit.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace netra {

class Database;

// Adds a person or edits one. Every field is checked as it is typed, by the same rules the
// store applies: while anything is wrong Save stays disabled and the reason stands next to
// the field. Nothing is written until Save, and a refusal by the store is shown, not lost.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new person.
    StaffDialog(Database& db, const QList<WorkUnit>& units, const std::optional<Staff>& existing,
                QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    bool isInputValid() const { return m_valid; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void fill(const Staff& staff);
    void validate();
    void save();
    Staff draft() const;
    const WorkUnit* chosenUnit() const;

    Database& m_db;
    QList<WorkUnit> m_units;
    std::optional<Staff> m_existing;
    qint64 m_savedId = 0;
    bool m_valid = false;

    QLineEdit* m_nip;
    QLabel* m_nipReason;
    QLineEdit* m_name;
    QLabel* m_nameReason;
    QComboBox* m_kind;
    QComboBox* m_sex;
    QLabel* m_sexReason;
    QLineEdit* m_grade;
    QLabel* m_gradeReason;
    QLineEdit* m_position;
    QComboBox* m_unit;
    QLabel* m_unitReason;
    QDateEdit* m_from;
    QCheckBox* m_active;
    QCheckBox* m_official;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace netra
