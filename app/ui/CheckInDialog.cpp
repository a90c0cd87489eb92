// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckInDialog.h"

#include "NipText.h"
#include "SessionActions.h"
#include "SessionTableModel.h"

#include "core/IndonesianDate.h"
#include "core/StaffQuery.h"
#include "store/Database.h"
#include "store/DeskCheckIn.h"
#include "store/StaffRepository.h"
#include "store/StaffSearchRepository.h"
#include "store/WorkUnitRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace netra {

namespace {

// A name is searched from this many letters on; fewer would match half the roster.
constexpr int kMinLetters = 3;
constexpr int kSuggestions = 8;

QFont sized(const QFont& base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

int letterCount(const QString& text)
{
    int letters = 0;
    for (const QChar c : text)
        if (c.isLetter())
            ++letters;
    return letters;
}

} // namespace

CheckInDialog::CheckInDialog(Database& db, std::unique_ptr<DeskCheckIn> desk, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_desk(std::move(desk))
    , m_region(SessionActions::regionTime(db))
    , m_session(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_answer(new QLabel(this))
    , m_walkIn(new QFrame(this))
    , m_walkInPrompt(new QLabel(m_walkIn))
    , m_walkInNameLabel(new QLabel(m_walkIn))
    , m_walkInName(new QLineEdit(m_walkIn))
    , m_walkInRecord(new QPushButton(m_walkIn))
    , m_totalCaption(new QLabel(this))
    , m_total(new QLabel(this))
    , m_notInvited(new QLabel(this))
    , m_units(new QTreeWidget(this))
    , m_undo(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    m_session->setObjectName(QStringLiteral("checkInSession"));
    m_input->setObjectName(QStringLiteral("checkInInput"));
    m_answer->setObjectName(QStringLiteral("checkInAnswer"));
    m_walkIn->setObjectName(QStringLiteral("checkInWalkIn"));
    m_walkInName->setObjectName(QStringLiteral("walkInName"));
    m_walkInRecord->setObjectName(QStringLiteral("walkInRecord"));
    m_total->setObjectName(QStringLiteral("checkInTotal"));
    m_notInvited->setObjectName(QStringLiteral("checkInNotInvited"));
    m_units->setObjectName(QStringLiteral("checkInUnits"));
    m_undo->setObjectName(QStringLiteral("checkInUndo"));
    m_close->setObjectName(QStringLiteral("checkInClose"));
    setWindowState(Qt::WindowMaximized);

    // Readable from a metre away.
    const QFont base = font();
    m_session->setFont(sized(base, 18, true));
    m_session->setWordWrap(true);
    m_prompt->setFont(sized(base, 14));
    m_input->setFont(sized(base, 30));
    m_input->setClearButtonEnabled(false);
    m_answer->setFont(sized(base, 22));
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setWordWrap(true);
    m_answer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_answer->setMinimumHeight(QFontMetrics(sized(base, 36)).height() * 4);
    m_answer->setMargin(16);
    m_walkIn->setFont(sized(base, 18));
    m_walkIn->setFrameShape(QFrame::StyledPanel);
    m_walkInPrompt->setWordWrap(true);
    m_walkInNameLabel->setBuddy(m_walkInName);
    m_totalCaption->setFont(sized(base, 16));
    m_total->setFont(sized(base, 40, true));
    m_notInvited->setFont(sized(base, 14));
    m_units->setFont(sized(base, 14));
    m_units->setRootIsDecorated(false);
    m_units->setColumnCount(2);
    m_units->setFocusPolicy(Qt::NoFocus);
    m_units->header()->setStretchLastSection(false);
    m_units->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_units->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QPushButton* button : {m_walkInRecord, m_undo, m_close}) {
        // Enter belongs to the field: no button may take it.
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_undo->setFont(sized(base, 14));
    m_undo->setShortcut(QKeySequence::Undo);
    m_close->setFont(sized(base, 14));

    m_completer->setWidget(m_input);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kSuggestions);
    m_completer->popup()->setObjectName(QStringLiteral("checkInSuggestions"));
    m_completer->popup()->setFont(sized(base, 20));

    auto* walkInRow = new QHBoxLayout;
    walkInRow->addWidget(m_walkInNameLabel);
    walkInRow->addWidget(m_walkInName, 1);
    walkInRow->addWidget(m_walkInRecord);
    auto* walkInLayout = new QVBoxLayout(m_walkIn);
    walkInLayout->addWidget(m_walkInPrompt);
    walkInLayout->addLayout(walkInRow);
    m_walkIn->hide();

    auto* left = new QVBoxLayout;
    left->addWidget(m_session);
    left->addSpacing(12);
    left->addWidget(m_prompt);
    left->addWidget(m_input);
    left->addWidget(m_answer, 1);
    left->addWidget(m_walkIn);
    auto* right = new QVBoxLayout;
    right->addWidget(m_totalCaption);
    right->addWidget(m_total);
    right->addWidget(m_notInvited);
    right->addWidget(m_units, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(24);
    columns->addLayout(right, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    setTabOrder(m_input, m_walkInName);
    setTabOrder(m_walkInName, m_walkInRecord);

    if (const auto units = WorkUnitRepository(m_db).list(m_db.clock().today()))
        for (const WorkUnit& unit : *units)
            m_unitNames.insert(unit.code, unit.name);

    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, &CheckInDialog::submit);
    connect(m_input, &QLineEdit::textEdited, this, &CheckInDialog::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pickSuggestion(index.data(Qt::UserRole).toLongLong()); });
    connect(m_walkInName, &QLineEdit::returnPressed, this, &CheckInDialog::recordWalkIn);
    connect(m_walkInRecord, &QPushButton::clicked, this, &CheckInDialog::recordWalkIn);
    connect(m_undo, &QPushButton::clicked, this, &CheckInDialog::undo);
    connect(m_close, &QPushButton::clicked, this, &CheckInDialog::reject);

    retranslate();
    updateCounters();
    m_input->setFocus();
}

CheckInDialog::~CheckInDialog() = default;

void CheckInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CheckInDialog::retranslate()
{
    setWindowTitle(tr("Check-in desk — %1").arg(m_desk->session().title));
    m_prompt->setText(tr("Scan or type a NIP and press Enter, or type at least three letters of a name and choose."));
    m_input->setPlaceholderText(tr("NIP or name"));
    m_walkInNameLabel->setText(tr("&Name:"));
    m_walkInRecord->setText(tr("&Record walk-in"));
    m_totalCaption->setText(tr("Present / invited"));
    m_units->setHeaderLabels({tr("Unit"), tr("Present / invited")});
    m_undo->setText(tr("Undo last check-in (Ctrl+Z)"));
    m_close->setText(tr("Close desk"));
    if (m_answer->text().isEmpty())
        showAnswer(Tone::Notice, tr("Ready"), {tr("Waiting for the first person.")});
    showHeader();
    updateCounters();
}

void CheckInDialog::showHeader()
{
    const Session& session = m_desk->session();
    QStringList when{IndonesianDate::dayAndDate(session.date)};
    if (const QString time = SessionTableModel::timeText(session, m_region); !time.isEmpty())
        when << time;
    if (!session.venue.isEmpty())
        when << session.venue;
    QString text = session.title + QLatin1Char('\n') + when.join(QStringLiteral(" · "));
    if (session.closed())
        text += QLatin1Char('\n') + tr("This session is closed; check-ins still count and replace Tanpa Keterangan.");
    const QDate today = m_region.wallClock(m_db.clock().now()).date();
    if (session.date != today)
        text += QLatin1Char('\n') + tr("Today is %1: check-ins are stamped with today's time.").arg(IndonesianDate::longDate(today));
    m_session->setText(text);
}

QString CheckInDialog::clock(const QDateTime& instant) const
{
    return m_region.clockText(instant) + QLatin1Char(' ') + m_region.code();
}

void CheckInDialog::submit()
{
    // Enter on a highlighted suggestion: the completer checks that person in.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    m_completer->popup()->hide();
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) {
        readyForNext();
        return;
    }
    present(m_desk->checkIn(typed), letterCount(typed) >= kMinLetters);
}

void CheckInDialog::pickSuggestion(qint64 staffId)
{
    m_completer->popup()->hide();
    present(m_desk->checkInStaff(staffId));
}

void CheckInDialog::undo()
{
    present(m_desk->undoLast());
}

void CheckInDialog::recordWalkIn()
{
    if (m_walkInNip.isEmpty())
        return;
    const auto result = m_desk->recordWalkIn(m_walkInNip, m_walkInName->text());
    if (!result) {
        // Stay on the walk-in: the name may only need typing.
        showAnswer(Tone::Problem, tr("Walk-in not recorded"), {result.error().message});
        m_walkInName->setFocus();
        return;
    }
    present(result);
}

void CheckInDialog::present(const Result<CheckInAnswer>& result, bool typedName)
{
    if (!result) {
        hideWalkIn();
        showAnswer(Tone::Problem, tr("Not recorded"), {result.error().message});
        readyForNext();
        return;
    }
    const CheckInAnswer& answer = *result;
    const QString name = answer.staff.name;
    const QString nip = groupedNip(answer.nip.isEmpty() ? answer.staff.nip : answer.nip);
    const QString position = answer.staff.position;
    if (answer.outcome != CheckInAnswer::Outcome::UnknownNip)
        hideWalkIn();
    if (answer.recorded() || answer.outcome == CheckInAnswer::Outcome::Undone)
        m_changed = true;

    using Outcome = CheckInAnswer::Outcome;
    switch (answer.outcome) {
    case Outcome::Recorded:
        showAnswer(Tone::Success, name, {position, answer.unitName, tr("Present, recorded at %1").arg(clock(answer.at))});
        break;
    case Outcome::ChangedToPresent:
        showAnswer(Tone::Success, name,
                   {position, answer.unitName,
                    tr("Present at %1 (was %2)")
                        .arg(clock(answer.at), answer.previous ? AttendanceStatusText::displayName(*answer.previous) : QString())});
        break;
    case Outcome::RecordedOutsideTarget:
        if (answer.staff.id == 0)
            showAnswer(Tone::Flagged, name,
                       {tr("Walk-in, NIP %1 is not on the roster").arg(nip),
                        tr("Recorded at %1 and flagged for checking").arg(clock(answer.at))});
        else
            showAnswer(Tone::Flagged, name,
                       {position, answer.unitName,
                        tr("Not invited to this session: recorded anyway at %1 and flagged").arg(clock(answer.at))});
        break;
    case Outcome::AlreadyRecorded:
        showAnswer(Tone::Notice, tr("Already recorded at %1").arg(clock(answer.at)), {name, answer.unitName});
        break;
    case Outcome::Inactive:
        showAnswer(Tone::Problem, tr("Not recorded: not active staff"),
                   {name, nip, tr("%1 is not active (or has no unit) on the session's date.").arg(name)});
        break;
    case Outcome::UnknownNip:
        showAnswer(Tone::Problem, tr("NIP %1 is not on the roster").arg(nip),
                   {tr("Nothing recorded. If the person is here, type their name below and record a walk-in.")});
        m_walkInNip = answer.nip;
        m_walkInPrompt->setText(tr("Walk-in with NIP %1").arg(nip));
        m_walkInName->clear();
        m_walkIn->show();
        break;
    case Outcome::InvalidNip:
        if (typedName)
            showAnswer(Tone::Problem, tr("Not a NIP"),
                       {tr("To find someone by name, type at least three letters and choose them from the list.")});
        else
            showAnswer(Tone::Problem, tr("Not a valid NIP"), {answer.reason});
        break;
    case Outcome::NotFound:
        showAnswer(Tone::Problem, tr("Not recorded"), {tr("This person is no longer on the roster.")});
        break;
    case Outcome::Undone:
        showAnswer(Tone::Notice, tr("Taken back: %1").arg(name), {answer.unitName});
        break;
    case Outcome::NothingToUndo:
        showAnswer(Tone::Notice, tr("Nothing to undo"), {});
        break;
    }
    updateCounters();
    readyForNext();
}

void CheckInDialog::showAnswer(Tone tone, const QString& headline, const QStringList& details)
{
    struct Colours {
        const char* text;
        const char* background;
    };
    static const Colours success{"#1b5e20", "#e8f5e9"};
    static const Colours flagged{"#7a4a00", "#fff3cd"};
    static const Colours notice{"#0d3c78", "#e3f2fd"};
    static const Colours problem{"#b00020", "#fdecea"};
    const Colours& colours = tone == Tone::Success ? success
        : tone == Tone::Flagged                    ? flagged
        : tone == Tone::Notice                     ? notice
                                                   : problem;
    m_answer->setStyleSheet(QStringLiteral("QLabel#checkInAnswer { color: %1; background: %2; border-radius: 8px; }")
                                .arg(QLatin1String(colours.text), QLatin1String(colours.background)));
    QString html = QStringLiteral("<div style=\"font-size: 36pt; font-weight: 600;\">%1</div>").arg(headline.toHtmlEscaped());
    for (const QString& line : details)
        if (!line.isEmpty())
            html += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    m_answer->setText(html);
    m_answer->setProperty("tone", int(tone)); // for tests and style sheets
    if (tone == Tone::Problem)
        QApplication::beep();
}

void CheckInDialog::hideWalkIn()
{
    m_walkInNip.clear();
    m_walkInName->clear();
    m_walkIn->hide();
}

void CheckInDialog::readyForNext()
{
    m_input->clear();
    m_suggestions->clear();
    m_input->setFocus();
}

void CheckInDialog::updateCounters()
{
    m_total->setText(QStringLiteral("%1 / %2").arg(m_desk->presentInvited()).arg(m_desk->invited()));
    const int others = m_desk->presentNotInvited();
    m_notInvited->setText(tr("+ %n present who were not invited", nullptr, others));
    m_notInvited->setVisible(others > 0);
    m_units->clear();
    for (const UnitTally& tally : m_desk->tallies()) {
        auto* item = new QTreeWidgetItem(m_units, {tally.unitName, QStringLiteral("%1 / %2").arg(tally.present).arg(tally.target)});
        item->setData(0, Qt::UserRole, tally.unitId);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_undo->setEnabled(m_desk->canUndo());
}

void CheckInDialog::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (letterCount(text) < kMinLetters) {
        m_completer->popup()->hide();
        return;
    }
    StaffQuery query;
    query.text = text;
    query.active = StaffActiveFilter::Active;
    const auto ids = StaffSearchRepository(m_db).ids(query, kSuggestions);
    const auto people = ids && !ids->isEmpty() ? StaffRepository(m_db).findByIds(*ids) : Result<QList<Staff>>(QList<Staff>());
    if (!people || people->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const Staff& person : *people) {
        const QString number = groupedNip(person.nip.isEmpty() ? person.internalId : person.nip);
        auto* item = new QStandardItem(person.name + QStringLiteral(" — ") + number + QStringLiteral(" — ")
                                       + m_unitNames.value(person.unitCode, person.unitCode));
        item->setData(person.id, Qt::UserRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

bool CheckInDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Z in the field takes back the last check-in, not the field's own typing.
    if (watched == m_input && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // delivered as a key press, handled below
                return true;
            }
            undo();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CheckInDialog::reject()
{
    if (m_desk->canUndo()) {
        const auto answer = QMessageBox::question(
            this, tr("Close the desk"),
            tr("Close the check-in desk? Everything recorded is kept; only Undo is no longer possible."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            m_input->setFocus();
            return;
        }
    }
    QDialog::reject();
}

} // namespace netra
