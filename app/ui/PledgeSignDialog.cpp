// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeSignDialog.h"

#include "PledgeActions.h"

#include "core/IndonesianDate.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

PledgeSignDialog::PledgeSignDialog(Database& db, const ElectionPeriod& period, PledgeKind kind,
                                   const QList<qint64>& staffIds, const QList<Session>& sessions, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_period(period)
    , m_kind(kind)
    , m_staffIds(staffIds)
    , m_sessions(sessions)
    , m_summary(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_session(new QComboBox(this))
    , m_place(new QLineEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pledgeSignDialog"));
    m_summary->setObjectName(QStringLiteral("pledgeSignSummary"));
    m_date->setObjectName(QStringLiteral("pledgeSignDate"));
    m_session->setObjectName(QStringLiteral("pledgeSignSession"));
    m_place->setObjectName(QStringLiteral("pledgeSignPlace"));
    m_evidence->setObjectName(QStringLiteral("pledgeSignEvidence"));
    m_browse->setObjectName(QStringLiteral("pledgeSignBrowse"));
    m_error->setObjectName(QStringLiteral("pledgeSignError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pledgeSignRecord"));
    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    m_browse->setAutoDefault(false);

    // Signed inside the period and not after today; a period that has not begun leaves only
    // its first day, which the store refuses with the reason.
    const QDate today = m_db.clock().today();
    const QDate last = std::max(period.start, std::min(period.end, today));
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(period.start, last);
    m_date->setDate(std::clamp(today, period.start, last));

    m_session->addItem(QString(), qint64(0));
    for (const Session& session : sessions)
        m_session->addItem(IndonesianDate::longDate(session.date) + QStringLiteral(" — ") + session.title, session.id);
    for (QLineEdit* edit : {m_place, m_evidence})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);

    auto* evidence = new QHBoxLayout;
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_browse);
    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* buddy, auto field) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_date, m_date);
    addRow(m_session, m_session);
    addRow(m_place, m_place);
    addRow(m_evidence, evidence);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_session, &QComboBox::currentIndexChanged, this, &PledgeSignDialog::sessionChosen);
    connect(m_browse, &QPushButton::clicked, this, &PledgeSignDialog::chooseEvidence);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PledgeSignDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void PledgeSignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PledgeSignDialog::retranslate()
{
    setWindowTitle(tr("Mark as signed"));
    m_summary->setText(tr("Record the %1 of %2 for %n person(s).", nullptr, int(m_staffIds.size()))
                           .arg(PledgeKindText::displayName(m_kind), m_period.name));
    const QStringList labels{tr("&Date signed"), tr("At a &briefing"), tr("&Place"), tr("&Evidence")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_session->setItemText(0, tr("None"));
    m_place->setPlaceholderText(tr("e.g. Aula Setda"));
    m_evidence->setPlaceholderText(tr("Optional: one scan for everyone (PDF, JPEG or PNG)"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
}

void PledgeSignDialog::sessionChosen()
{
    const qint64 id = m_session->currentData().toLongLong();
    const auto session = std::find_if(m_sessions.cbegin(), m_sessions.cend(), [id](const Session& s) { return s.id == id; });
    if (session == m_sessions.cend())
        return;
    // Signed at the briefing: its day and venue, unless the clerk wrote a place of their own.
    if (session->date >= m_date->minimumDate() && session->date <= m_date->maximumDate())
        m_date->setDate(session->date);
    if (m_place->text().trimmed().isEmpty() || m_place->text() == m_venueFilled) {
        m_place->setText(session->venue);
        m_venueFilled = session->venue;
    }
}

void PledgeSignDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Evidence scan"), m_evidence->text(),
                                                      tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        m_evidence->setText(path);
}

void PledgeSignDialog::save()
{
    PledgeDraft draft;
    draft.kind = m_kind;
    draft.signedOn = m_date->date();
    draft.place = m_place->text().simplified();
    draft.sessionId = m_session->currentData().toLongLong();
    draft.recordedBy = PledgeActions::recorder();
    const auto counts = PledgeActions::record(m_db, m_period, draft, m_staffIds, m_evidence->text().trimmed());
    if (!counts) {
        m_error->setText(counts.error().message);
        m_error->show();
        return;
    }
    m_counts = *counts;
    accept();
}

} // namespace netra
