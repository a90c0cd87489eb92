// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Session.h"
#include "store/PledgeRepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace netra {

class Database;

// Marks the chosen people as having signed, in one step: the date (inside the period, not
// after today), where (free text, a briefing of the period, or both) and optionally one scan
// for all of them, as a unit's collective sheet is. The scan and the pledges are written in
// one transaction; a refusal by the store is shown here and nothing is written.
class PledgeSignDialog : public QDialog {
    Q_OBJECT
public:
    PledgeSignDialog(Database& db, const ElectionPeriod& period, PledgeKind kind, const QList<qint64>& staffIds,
                     const QList<Session>& sessions, QWidget* parent = nullptr);

    const PledgeCounts& counts() const { return m_counts; } // after Accepted

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void sessionChosen();
    void chooseEvidence();
    void save();

    Database& m_db;
    ElectionPeriod m_period;
    PledgeKind m_kind;
    QList<qint64> m_staffIds;
    QList<Session> m_sessions;
    QString m_venueFilled; // the place last copied from a briefing, replaced by the next one
    PledgeCounts m_counts;

    QLabel* m_summary;
    QDateEdit* m_date;
    QComboBox* m_session;
    QLineEdit* m_place;
    QLineEdit* m_evidence;
    QPushButton* m_browse;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace netra
