// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "io/ReportDocument.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace netra {

class Database;

// Choose the unit, paper and signing date of a unit's pledge forms (the ikrar sheet or the
// officials' pakta pages), then preview, print or save them.
class PledgeFormDialog : public QDialog {
    Q_OBJECT
public:
    // `unitId` preselects a unit (0: the first); `asOf` decides who must sign.
    PledgeFormDialog(Database& db, ElectionPeriod period, PledgeKind kind, qint64 unitId, QDate asOf,
                     QWidget* parent = nullptr);

private:
    // The forms for the current choices, or nullopt after saying why not.
    std::optional<ReportDocument> build();
    void preview();
    void save();

    Database& m_db;
    ElectionPeriod m_period;
    PledgeKind m_kind;
    QDate m_asOf;
    QComboBox* m_unit;
    QComboBox* m_paper;
    QCheckBox* m_dated;
    QDateEdit* m_signingDate;
    QLabel* m_error;
};

} // namespace netra
