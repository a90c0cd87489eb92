// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/StaffKind.h"
#include "core/ViolationCase.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace netra {

class Database;

// Records the next step of one case. Only the steps the workflow allows from where the case
// stands are offered, and the form shows what that step carries (DOMAIN.md §7): the examining
// or recommending body, the recommendation's letter and the day it was received, the proposed
// or imposed sanction with the decree (SK), and a reason when that sanction is outside what
// the kind usually draws or not one for the person's kind of ASN. A refusal by the store is
// shown here and the dialog stays open; a warning comes back through warning().
class CaseStepDialog : public QDialog {
    Q_OBJECT
public:
    CaseStepDialog(Database& db, const CaseCatalog& catalog, const ViolationCase& violationCase,
                   QWidget* parent = nullptr);

    // After Accepted: what the store accepted with a reason, empty when nothing was out of line.
    const QString& warning() const { return m_warning; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void targetChanged();
    void fillSanctions();
    QStringList misfits() const; // why the chosen sanction is out of line; empty when it fits
    void updateState();
    void save();
    std::optional<CaseStatus> target() const;
    QString recommendedSanction() const; // proposed by the latest recommendation, if any

    Database& m_db;
    CaseCatalog m_catalog;
    ViolationCase m_case;
    StaffKind m_staffKind = StaffKind::Pns;
    QString m_warning;

    QLabel* m_summary;
    QFormLayout* m_form;
    QComboBox* m_target;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_bodyLabel;
    QComboBox* m_body;
    QLabel* m_letterNoLabel;
    QLineEdit* m_letterNo;
    QLabel* m_letterDateLabel;
    QDateEdit* m_letterDate;
    QLabel* m_sanctionLabel;
    QComboBox* m_sanction;
    QLabel* m_misfit;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QLabel* m_missing;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace netra
