// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/ElectionPeriod.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace netra {

class Database;
class StaffPicker;

// Records a reported violation: who (by NIP or name), in which period, what kind of act
// from the catalogue, on which day, how it came to light, the reporter's number and what
// happened. Save stays disabled, with the reason shown, until the case is complete; a refusal
// by the store is shown here and the dialog stays open.
class CaseDialog : public QDialog {
    Q_OBJECT
public:
    CaseDialog(Database& db, const CaseCatalog& catalog, const QList<ElectionPeriod>& periods, qint64 periodId,
               QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; } // after Accepted

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void save();

    Database& m_db;
    CaseCatalog m_catalog;
    qint64 m_savedId = 0;

    StaffPicker* m_staff;
    QComboBox* m_period;
    QComboBox* m_kind;
    QDateEdit* m_actDate;
    QComboBox* m_source;
    QLineEdit* m_externalNo;
    QPlainTextEdit* m_description;
    QLabel* m_missing;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace netra
