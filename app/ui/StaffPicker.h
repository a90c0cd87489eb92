// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Staff.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace netra {

class Database;

// One person of the roster, found as at the check-in desk: a whole NIP typed or scanned picks
// them at once, a few letters of a name or the start of a NIP offer suggestions to choose
// from. Who was picked stands under the field, so a wrong pick is seen before it is saved.
class StaffPicker : public QWidget {
    Q_OBJECT
public:
    explicit StaffPicker(Database& db, QWidget* parent = nullptr);

    const std::optional<Staff>& staff() const { return m_staff; }
    void pick(qint64 staffId);
    QLineEdit* field() const { return m_field; }
    QCompleter* completer() const { return m_completer; }

signals:
    void changed(); // the picked person, or none

protected:
    void changeEvent(QEvent* event) override;

private:
    void textEdited(const QString& text);
    void enterPressed();
    void setStaff(const std::optional<Staff>& staff);
    void showPicked();
    QString unitName(const QString& code) const { return m_unitNames.value(code, code); }

    Database& m_db;
    QHash<QString, QString> m_unitNames; // by code
    std::optional<Staff> m_staff;
    QString m_notFound; // the NIP typed in full that nobody on the roster has
    QLineEdit* m_field;
    QLabel* m_picked;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
};

} // namespace netra
