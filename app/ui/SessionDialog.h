// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Session.h"
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
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTimeEdit;

namespace netra {

class Database;

// Adds a sosialisasi or edits one. Checked as typed by SessionRepository::validate (a date
// outside the period is refused with the reason and Save stays disabled); a refusal by the
// store on Save is shown in the dialog.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new session in `periodId`.
    SessionDialog(Database& db, const QList<ElectionPeriod>& periods, const QList<WorkUnit>& units,
                  const std::optional<Session>& existing, qint64 periodId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const Session& session);
    Session draft() const;
    void validate();
    void save();

    Database& m_db;
    std::optional<Session> m_existing;
    qint64 m_savedId = 0;

    QComboBox* m_period;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QCheckBox* m_hasStart;
    QTimeEdit* m_start;
    QCheckBox* m_hasEnd;
    QTimeEdit* m_end;
    QLineEdit* m_venue;
    QLineEdit* m_speakers;
    QLineEdit* m_organiser;
    QPlainTextEdit* m_notes;
    QRadioButton* m_allUnits;
    QRadioButton* m_someUnits;
    QListWidget* m_units;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace netra
