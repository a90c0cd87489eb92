// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialog.h"

#include "RecorderName.h"
#include "StaffPicker.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

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

namespace netra {

namespace {

void showAsError(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

} // namespace

CaseDialog::CaseDialog(Database& db, const CaseCatalog& catalog, const QList<ElectionPeriod>& periods, qint64 periodId,
                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_catalog(catalog)
    , m_staff(new StaffPicker(db, this))
    , m_period(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_actDate(new QDateEdit(this))
    , m_source(new QComboBox(this))
    , m_externalNo(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseDialog"));
    m_staff->setObjectName(QStringLiteral("caseStaffPicker"));
    m_staff->field()->setObjectName(QStringLiteral("caseStaff"));
    m_period->setObjectName(QStringLiteral("casePeriodChoice"));
    m_kind->setObjectName(QStringLiteral("caseKindChoice"));
    m_actDate->setObjectName(QStringLiteral("caseActDate"));
    m_source->setObjectName(QStringLiteral("caseSource"));
    m_externalNo->setObjectName(QStringLiteral("caseExternalNo"));
    m_description->setObjectName(QStringLiteral("caseDescription"));
    m_missing->setObjectName(QStringLiteral("caseMissing"));
    m_error->setObjectName(QStringLiteral("caseError"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("caseSave"));

    for (const ElectionPeriod& period : periods)
        m_period->addItem(period.name, period.id);
    m_period->setCurrentIndex(m_period->findData(periodId));
    // The label says what the act was; the code is what the CLI and other offices' files use.
    for (const ViolationKind& kind : std::as_const(m_catalog.kinds))
        m_kind->addItem(QStringLiteral("%1 — %2").arg(kind.label, kind.code), kind.code);
    m_kind->setCurrentIndex(-1);
    m_kind->setMinimumContentsLength(40);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const ReportSource& source : std::as_const(m_catalog.sources))
        m_source->addItem(source.label, source.code);
    m_source->setCurrentIndex(-1);
    const QDate today = m_db.clock().today();
    m_actDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_actDate->setCalendarPopup(true);
    m_actDate->setMaximumDate(today);
    m_actDate->setDate(today);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_missing->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsError(m_error);
    m_error->hide();

    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_staff, m_staff->field());
    addRow(m_period, m_period);
    addRow(m_kind, m_kind);
    addRow(m_actDate, m_actDate);
    addRow(m_source, m_source);
    addRow(m_externalNo, m_externalNo);
    addRow(m_description, m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_staff, &StaffPicker::changed, this, &CaseDialog::updateState);
    for (QComboBox* combo : {m_period, m_kind, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_staff->setFocus();
}

void CaseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CaseDialog::retranslate()
{
    setWindowTitle(tr("New violation case"));
    const QStringList labels{tr("&Person"), tr("Election &period"), tr("&Kind of violation"), tr("&Date of the act"),
                             tr("&Source"), tr("E&xternal number"), tr("&What happened")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_kind->setPlaceholderText(tr("Choose from the SKB catalogue"));
    m_source->setPlaceholderText(tr("How it came to light"));
    m_externalNo->setPlaceholderText(tr("The reporter's number, e.g. Bawaslu's register"));
    m_description->setPlaceholderText(tr("What was done, where, and what shows it"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Record case"));
    updateState();
}

void CaseDialog::updateState()
{
    QString missing;
    if (!m_staff->staff())
        missing = tr("Choose the person: type their NIP, or a name and pick from the list.");
    else if (m_period->currentIndex() < 0)
        missing = m_period->count() == 0 ? tr("There is no election period yet; a case belongs to one.")
                                         : tr("Choose the election period.");
    else if (m_kind->currentIndex() < 0)
        missing = tr("Choose the kind of violation.");
    else if (m_source->currentIndex() < 0)
        missing = tr("Choose how the case came to light.");
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(missing.isEmpty());
}

void CaseDialog::save()
{
    if (!m_staff->staff() || !m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    CaseReport report;
    report.staffId = m_staff->staff()->id;
    report.periodId = m_period->currentData().toLongLong();
    report.kindCode = m_kind->currentData().toString();
    report.actDate = m_actDate->date();
    report.sourceCode = m_source->currentData().toString();
    report.externalNo = m_externalNo->text();
    report.description = m_description->toPlainText();
    report.recordedBy = recorderName();
    const auto id = CaseRepository(m_db).report(report);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_savedId = *id;
    accept();
}

} // namespace netra
