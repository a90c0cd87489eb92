// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDialog.h"

#include "store/Database.h"
#include "store/SessionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace netra {

SessionDialog::SessionDialog(Database& db, const QList<ElectionPeriod>& periods, const QList<WorkUnit>& units,
                             const std::optional<Session>& existing, qint64 periodId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_existing(existing)
    , m_period(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_hasStart(new QCheckBox(this))
    , m_start(new QTimeEdit(QTime(8, 0), this))
    , m_hasEnd(new QCheckBox(this))
    , m_end(new QTimeEdit(QTime(12, 0), this))
    , m_venue(new QLineEdit(this))
    , m_speakers(new QLineEdit(this))
    , m_organiser(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_allUnits(new QRadioButton(this))
    , m_someUnits(new QRadioButton(this))
    , m_units(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    m_period->setObjectName(QStringLiteral("sessionDialogPeriod"));
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_hasStart->setObjectName(QStringLiteral("sessionHasStart"));
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_hasEnd->setObjectName(QStringLiteral("sessionHasEnd"));
    m_end->setObjectName(QStringLiteral("sessionEnd"));
    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    m_speakers->setObjectName(QStringLiteral("sessionSpeakers"));
    m_organiser->setObjectName(QStringLiteral("sessionOrganiser"));
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_allUnits->setObjectName(QStringLiteral("sessionAllUnits"));
    m_someUnits->setObjectName(QStringLiteral("sessionSomeUnits"));
    m_units->setObjectName(QStringLiteral("sessionUnits"));
    m_error->setObjectName(QStringLiteral("sessionError"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("sessionSave"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);

    for (const ElectionPeriod& period : periods)
        m_period->addItem(period.name, period.id);
    m_period->setCurrentIndex(std::max(0, m_period->findData(existing ? existing->periodId : periodId)));
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setCalendarPopup(true);
    for (QTimeEdit* time : {m_start, m_end})
        time->setDisplayFormat(QStringLiteral("HH.mm"));
    m_hasStart->setChecked(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    m_speakers->setMinimumWidth(m_speakers->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    for (const WorkUnit& unit : units) {
        auto* item = new QListWidgetItem(unit.code + QStringLiteral(" — ") + unit.name, m_units);
        item->setData(Qt::UserRole, unit.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_allUnits->setChecked(true);

    auto* start = new QHBoxLayout;
    start->addWidget(m_hasStart);
    start->addWidget(m_start, 1);
    start->addWidget(m_hasEnd);
    start->addWidget(m_end, 1);
    auto* targets = new QVBoxLayout;
    targets->addWidget(m_allUnits);
    targets->addWidget(m_someUnits);
    targets->addWidget(m_units, 1);

    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* buddy, auto field) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_period, m_period);
    addRow(m_title, m_title);
    addRow(m_date, m_date);
    addRow(m_start, start);
    addRow(m_venue, m_venue);
    addRow(m_speakers, m_speakers);
    addRow(m_organiser, m_organiser);
    addRow(m_notes, m_notes);
    addRow(m_allUnits, targets);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (existing) {
        fill(*existing);
    } else {
        const QDate today = m_db.clock().today();
        QDate day = today;
        for (const ElectionPeriod& period : periods)
            if (period.id == m_period->currentData().toLongLong() && !period.contains(today))
                day = today < period.start ? period.start : period.end;
        m_date->setDate(day);
    }

    for (QLineEdit* edit : {m_title, m_venue, m_speakers, m_organiser})
        connect(edit, &QLineEdit::textChanged, this, &SessionDialog::validate);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SessionDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &SessionDialog::validate);
    connect(m_start, &QTimeEdit::timeChanged, this, &SessionDialog::validate);
    connect(m_end, &QTimeEdit::timeChanged, this, &SessionDialog::validate);
    connect(m_hasStart, &QCheckBox::toggled, this, &SessionDialog::validate);
    connect(m_hasEnd, &QCheckBox::toggled, this, &SessionDialog::validate);
    connect(m_allUnits, &QRadioButton::toggled, this, &SessionDialog::validate);
    connect(m_units, &QListWidget::itemChanged, this, [this] {
        // Ticking a unit means choosing units.
        if (m_allUnits->isChecked())
            m_someUnits->setChecked(true);
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SessionDialog::fill(const Session& session)
{
    m_title->setText(session.title);
    m_date->setDate(session.date);
    m_hasStart->setChecked(session.start.isValid());
    if (session.start.isValid())
        m_start->setTime(session.start);
    m_hasEnd->setChecked(session.end.isValid());
    if (session.end.isValid())
        m_end->setTime(session.end);
    m_venue->setText(session.venue);
    m_speakers->setText(session.speakers);
    m_organiser->setText(session.organiser);
    m_notes->setPlainText(session.notes);
    for (int i = 0; i < m_units->count(); ++i) {
        QListWidgetItem* item = m_units->item(i);
        item->setCheckState(session.targetUnitCodes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
    m_someUnits->setChecked(!session.targetsAllUnits());
    m_allUnits->setChecked(session.targetsAllUnits());
}

void SessionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SessionDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit briefing") : tr("New briefing"));
    const QStringList labels{tr("&Period"), tr("&Title"), tr("&Date"), tr("T&ime"), tr("&Venue"),
                             tr("&Speakers"), tr("&Organiser"), tr("&Notes"), tr("Invited &units")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_hasStart->setText(tr("Starts at"));
    m_hasEnd->setText(tr("ends at"));
    m_hasEnd->setToolTip(tr("Leave unticked for \"until finished\" (s.d. selesai)."));
    m_speakers->setPlaceholderText(tr("Separate several with a semicolon"));
    m_allUnits->setText(tr("All work units"));
    m_someUnits->setText(tr("Only the units ticked below"));
    validate();
}

Session SessionDialog::draft() const
{
    Session session = m_existing.value_or(Session{});
    session.periodId = m_period->currentData().toLongLong();
    session.title = m_title->text().simplified();
    session.date = m_date->date();
    session.start = m_hasStart->isChecked() ? m_start->time() : QTime();
    session.end = m_hasEnd->isChecked() ? m_end->time() : QTime();
    session.venue = m_venue->text().simplified();
    session.speakers = m_speakers->text().simplified();
    session.organiser = m_organiser->text().simplified();
    session.notes = m_notes->toPlainText().trimmed();
    session.targetUnitCodes.clear();
    if (m_someUnits->isChecked())
        for (int i = 0; i < m_units->count(); ++i)
            if (m_units->item(i)->checkState() == Qt::Checked)
                session.targetUnitCodes << m_units->item(i)->data(Qt::UserRole).toString();
    return session;
}

void SessionDialog::validate()
{
    m_start->setEnabled(m_hasStart->isChecked());
    m_end->setEnabled(m_hasEnd->isChecked());
    m_units->setEnabled(m_someUnits->isChecked());
    const Session session = draft();
    QString error;
    if (m_period->count() == 0)
        error = tr("Add an election period first.");
    else if (const Status valid = SessionRepository(m_db).validate(session); !valid)
        error = valid.error().message;
    else if (m_someUnits->isChecked() && session.targetUnitCodes.isEmpty())
        error = tr("Tick at least one unit, or invite all work units.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

void SessionDialog::save()
{
    const Session session = draft();
    SessionRepository sessions(m_db);
    const Result<Session> saved = m_existing ? sessions.update(session) : sessions.add(session);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->setVisible(true);
        return;
    }
    m_savedId = saved->id;
    accept();
}

} // namespace netra
