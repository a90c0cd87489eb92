// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseStepDialog.h"

#include "NipText.h"
#include "RecorderName.h"

#include "core/IndonesianDate.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

namespace {

void colour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QDateEdit* dateEdit(QWidget* parent, QDate from, QDate to)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setCalendarPopup(true);
    edit->setDateRange(from, std::max(from, to));
    edit->setDate(std::max(from, to));
    return edit;
}

} // namespace

CaseStepDialog::CaseStepDialog(Database& db, const CaseCatalog& catalog, const ViolationCase& violationCase,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_catalog(catalog)
    , m_case(violationCase)
    , m_summary(new QLabel(this))
    , m_form(new QFormLayout)
    , m_target(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    // A step is dated on or after the latest one and never in the future; a letter is
    // dated after the act.
    , m_date(dateEdit(this, std::max(violationCase.actDate, violationCase.statusDate), db.clock().today()))
    , m_bodyLabel(new QLabel(this))
    , m_body(new QComboBox(this))
    , m_letterNoLabel(new QLabel(this))
    , m_letterNo(new QLineEdit(this))
    , m_letterDateLabel(new QLabel(this))
    , m_letterDate(dateEdit(this, violationCase.actDate, db.clock().today()))
    , m_sanctionLabel(new QLabel(this))
    , m_sanction(new QComboBox(this))
    , m_misfit(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseStepDialog"));
    m_summary->setObjectName(QStringLiteral("caseStepSummary"));
    m_target->setObjectName(QStringLiteral("caseStepTarget"));
    m_date->setObjectName(QStringLiteral("caseStepDate"));
    m_body->setObjectName(QStringLiteral("caseStepBody"));
    m_letterNo->setObjectName(QStringLiteral("caseStepLetterNo"));
    m_letterDate->setObjectName(QStringLiteral("caseStepLetterDate"));
    m_sanction->setObjectName(QStringLiteral("caseStepSanction"));
    m_misfit->setObjectName(QStringLiteral("caseStepMisfit"));
    m_reason->setObjectName(QStringLiteral("caseStepReason"));
    m_note->setObjectName(QStringLiteral("caseStepNote"));
    m_missing->setObjectName(QStringLiteral("caseStepMissing"));
    m_error->setObjectName(QStringLiteral("caseStepError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("caseStepSave"));

    if (const auto person = StaffRepository(m_db).findById(m_case.staffId))
        m_staffKind = person->kind;
    for (const CaseStatus next : m_catalog.nextSteps(m_case.status))
        m_target->addItem(QString(), int(next));
    m_target->setEnabled(m_target->count() > 0);
    // Who recommends is text per case (KASN is gone, BKN and Satgas took over): picks, not a list.
    m_body->setEditable(true);
    m_body->addItems({QStringLiteral("KASN"), QStringLiteral("BKN"), QStringLiteral("Bawaslu"), QStringLiteral("Inspektorat")});
    m_body->setCurrentIndex(-1);
    m_body->setInsertPolicy(QComboBox::NoInsert);
    m_sanction->setMinimumContentsLength(40);
    m_sanction->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    for (QLabel* label : {m_summary, m_misfit, m_missing, m_error})
        label->setWordWrap(true);
    colour(m_misfit, QColor(0x7a, 0x4a, 0x00));
    colour(m_error, QColor(0xb0, 0x00, 0x20));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_dateLabel->setBuddy(m_date);
    m_bodyLabel->setBuddy(m_body);
    m_letterNoLabel->setBuddy(m_letterNo);
    m_letterDateLabel->setBuddy(m_letterDate);
    m_sanctionLabel->setBuddy(m_sanction);
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);
    auto* targetLabel = new QLabel(this);
    targetLabel->setObjectName(QStringLiteral("caseStepTargetLabel"));
    targetLabel->setBuddy(m_target);
    m_form->addRow(targetLabel, m_target);
    m_form->addRow(m_dateLabel, m_date);
    m_form->addRow(m_bodyLabel, m_body);
    m_form->addRow(m_letterNoLabel, m_letterNo);
    m_form->addRow(m_letterDateLabel, m_letterDate);
    m_form->addRow(m_sanctionLabel, m_sanction);
    m_form->addRow(QString(), m_misfit);
    m_form->addRow(m_reasonLabel, m_reason);
    m_form->addRow(m_noteLabel, m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(m_missing);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &CaseStepDialog::targetChanged);
    connect(m_sanction, &QComboBox::currentIndexChanged, this, &CaseStepDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseStepDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_target->setFocus();
}

void CaseStepDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

std::optional<CaseStatus> CaseStepDialog::target() const
{
    if (m_target->currentIndex() < 0)
        return std::nullopt;
    return CaseStatus(m_target->currentData().toInt());
}

void CaseStepDialog::retranslate()
{
    setWindowTitle(tr("Next step of the case"));
    const ViolationKind* kind = m_catalog.kind(m_case.kindCode);
    m_summary->setText(tr("%1 (NIP %2), %3: %4 since %5.")
                           .arg(m_case.name, groupedNip(m_case.nip), kind ? kind->label : m_case.kindCode,
                                CaseStatusText::displayName(m_case.status), IndonesianDate::longDate(m_case.statusDate)));
    for (int i = 0; i < m_target->count(); ++i)
        m_target->setItemText(i, CaseStatusText::displayName(CaseStatus(m_target->itemData(i).toInt())));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_target)))
        label->setText(tr("&Move to"));
    m_body->lineEdit()->setPlaceholderText(tr("e.g. BKN, Bawaslu"));
    m_reasonLabel->setText(tr("&Reason for this sanction"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record step"));
    targetChanged();
}

void CaseStepDialog::targetChanged()
{
    const std::optional<CaseStatus> to = target();
    const bool recommendation = to == CaseStatus::Rekomendasi;
    const bool sanction = to == CaseStatus::Sanksi;
    const bool closing = to == CaseStatus::TidakTerbukti || to == CaseStatus::Dihentikan;
    m_form->setRowVisible(m_body, to == CaseStatus::Klarifikasi || recommendation);
    m_form->setRowVisible(m_letterNo, recommendation || sanction);
    m_form->setRowVisible(m_letterDate, recommendation || sanction);
    m_form->setRowVisible(m_sanction, recommendation || sanction);
    // The step's date of a recommendation is the day it arrived: the follow-up counts from it.
    m_dateLabel->setText(recommendation ? tr("&Received on") : sanction ? tr("&Decided on") : tr("&Date"));
    m_bodyLabel->setText(recommendation ? tr("Recommending &body") : tr("Examining &body"));
    m_letterNoLabel->setText(sanction ? tr("SK &number") : tr("Letter &number"));
    m_letterDateLabel->setText(sanction ? tr("SK da&ted") : tr("Letter da&ted"));
    m_letterDate->setToolTip(tr("Recorded with the number; left out while the number is empty."));
    m_sanctionLabel->setText(sanction ? tr("&Sanction imposed") : tr("Proposed &sanction"));
    m_noteLabel->setText(closing ? tr("Rea&son") : tr("&Note"));
    m_note->setPlaceholderText(to == CaseStatus::Dihentikan ? tr("e.g. report withdrawn, left the service")
                                                            : closing ? tr("Why the act was not proven") : QString());
    fillSanctions();
    updateState();
}

QString CaseStepDialog::recommendedSanction() const
{
    for (auto step = m_case.steps.crbegin(); step != m_case.steps.crend(); ++step)
        if (step->status == CaseStatus::Rekomendasi)
            return step->sanctionCode;
    return {};
}

void CaseStepDialog::fillSanctions()
{
    const std::optional<CaseStatus> to = target();
    QString chosen = m_sanction->currentData().toString();
    const ViolationKind* kind = m_catalog.kind(m_case.kindCode);
    const QSignalBlocker blocker(m_sanction);
    m_sanction->clear();
    if (to != CaseStatus::Rekomendasi && to != CaseStatus::Sanksi)
        return;
    if (to == CaseStatus::Rekomendasi)
        m_sanction->addItem(tr("None proposed"), QString());
    // Every sanction is offered, the ones out of line marked: the PPK decides, with a reason.
    for (const SanctionKind& sanction : std::as_const(m_catalog.sanctions)) {
        QString text = tr("%1 (%2)").arg(sanction.label, sanction.sanctionClass);
        if (kind && !CaseCatalog::sanctionFits(*kind, sanction))
            text += QStringLiteral(" — ") + tr("not the usual class");
        if (!CaseCatalog::sanctionAppliesTo(sanction, m_staffKind))
            text += QStringLiteral(" — ") + tr("not for %1").arg(staffKindLabel(m_staffKind));
        m_sanction->addItem(text, sanction.code);
    }
    if (chosen.isEmpty() && to == CaseStatus::Sanksi)
        chosen = recommendedSanction();
    m_sanction->setCurrentIndex(to == CaseStatus::Sanksi ? m_sanction->findData(chosen)
                                                         : std::max(0, m_sanction->findData(chosen)));
    m_sanction->setPlaceholderText(tr("Choose the sanction imposed"));
}

QStringList CaseStepDialog::misfits() const
{
    const SanctionKind* sanction = m_catalog.sanction(m_sanction->currentData().toString());
    if (!sanction || (target() != CaseStatus::Rekomendasi && target() != CaseStatus::Sanksi))
        return {};
    QStringList reasons;
    const ViolationKind* kind = m_catalog.kind(m_case.kindCode);
    if (kind && !CaseCatalog::sanctionFits(*kind, *sanction))
        reasons << tr("It is a %1 sanction; this kind of violation usually draws a %2 one.")
                       .arg(sanction->sanctionClass, kind->sanctionClass);
    if (!CaseCatalog::sanctionAppliesTo(*sanction, m_staffKind))
        reasons << tr("It is not a sanction for %1 staff.").arg(staffKindLabel(m_staffKind));
    return reasons;
}

void CaseStepDialog::updateState()
{
    const QStringList reasons = misfits();
    m_misfit->setText(reasons.join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("Give the reason to record it anyway."));
    m_form->setRowVisible(m_misfit, !reasons.isEmpty());
    m_form->setRowVisible(m_reason, !reasons.isEmpty());
    QString missing;
    if (!target())
        missing = tr("The case is %1, a final status: no step follows.").arg(CaseStatusText::displayName(m_case.status));
    else if (target() == CaseStatus::Sanksi && m_sanction->currentIndex() < 0)
        missing = tr("Choose the sanction imposed.");
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

void CaseStepDialog::save()
{
    const std::optional<CaseStatus> to = target();
    if (!to || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const bool letter = *to == CaseStatus::Rekomendasi || *to == CaseStatus::Sanksi;
    CaseMove move;
    move.to = *to;
    move.date = m_date->date();
    if (*to == CaseStatus::Klarifikasi || *to == CaseStatus::Rekomendasi)
        move.body = m_body->currentText();
    if (letter) {
        move.letterNo = m_letterNo->text();
        // A date edit always holds a day: without a number it would be a date nobody gave.
        if (!move.letterNo.trimmed().isEmpty())
            move.letterDate = m_letterDate->date();
        move.sanctionCode = m_sanction->currentData().toString();
    }
    if (!misfits().isEmpty())
        move.reason = m_reason->text();
    move.note = m_note->toPlainText();
    move.recordedBy = recorderName();
    const auto moved = CaseRepository(m_db).move(m_case.id, move);
    if (!moved) {
        m_error->setText(moved.error().message);
        m_error->show();
        return;
    }
    m_warning = *moved;
    accept();
}

} // namespace netra
