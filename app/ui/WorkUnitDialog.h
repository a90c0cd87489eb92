// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/WorkUnit.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace netra {

class Database;

// Adds a perangkat daerah or unit kerja, or edits one (its code stays: other files and
// offices refer to it). Checked as typed by WorkUnitRepository's rules.
class WorkUnitDialog : public QDialog {
    Q_OBJECT
public:
    WorkUnitDialog(Database& db, const QList<WorkUnit>& units, const std::optional<WorkUnit>& existing,
                   QWidget* parent = nullptr);

    QString savedCode() const { return m_savedCode; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    WorkUnit draft() const;
    void validate();
    void save();

    Database& m_db;
    QList<WorkUnit> m_units;
    std::optional<WorkUnit> m_existing;
    QString m_savedCode;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_abbreviation;
    QComboBox* m_kind;
    QComboBox* m_parent;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace netra
