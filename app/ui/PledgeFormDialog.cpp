// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeFormDialog.h"

#include "ReportOutput.h"

#include "io/PledgeForm.h"
#include "store/WorkUnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

PledgeFormDialog::PledgeFormDialog(Database& db, ElectionPeriod period, PledgeKind kind, qint64 unitId, QDate asOf,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_period(std::move(period))
    , m_kind(kind)
    , m_asOf(asOf)
    , m_unit(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_dated(new QCheckBox(this))
    , m_signingDate(new QDateEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pledgeFormDialog"));
    setWindowTitle(kind == PledgeKind::Ikrar ? tr("Neutrality oath sheet") : tr("Integrity pact forms"));
    m_unit->setObjectName(QStringLiteral("formUnit"));
    m_paper->setObjectName(QStringLiteral("formPaper"));
    m_dated->setObjectName(QStringLiteral("formDated"));
    m_signingDate->setObjectName(QStringLiteral("formSigningDate"));
    m_error->setObjectName(QStringLiteral("formError"));
    if (const auto units = WorkUnitRepository(m_db).list(m_asOf); units) {
        for (const WorkUnit& unit : *units) {
            m_unit->addItem(unit.code + QStringLiteral(" – ") + unit.name, unit.code);
            if (unit.id == unitId)
                m_unit->setCurrentIndex(m_unit->count() - 1);
        }
    }
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(Paper::A4));
    m_paper->addItem(tr("F4 (215 × 330 mm)"), int(Paper::F4));
    // Forms are usually printed before the apel and dated by hand when signed.
    m_dated->setText(tr("Print the signing date:"));
    m_signingDate->setCalendarPopup(true);
    m_signingDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_signingDate->setDateRange(m_period.start, m_period.end);
    m_signingDate->setDate(std::clamp(m_asOf, m_period.start, m_period.end));
    m_signingDate->setEnabled(false);
    connect(m_dated, &QCheckBox::toggled, m_signingDate, &QWidget::setEnabled);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_signingDate);
    dateRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), new QLabel(m_period.name, this));
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(QString(), dateRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Preview and print…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("formPreview"));
    QPushButton* saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("formSave"));
    connect(previewButton, &QPushButton::clicked, this, &PledgeFormDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &PledgeFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

std::optional<ReportDocument> PledgeFormDialog::build()
{
    PledgeForm::Options options;
    options.paper = Paper(m_paper->currentData().toInt());
    options.asOf = m_asOf;
    if (m_dated->isChecked())
        options.signingDate = m_signingDate->date();
    auto forms = PledgeForm::build(m_db, m_period, m_kind, m_unit->currentData().toString(), options);
    if (!forms) {
        m_error->setText(forms.error().message);
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    return std::move(*forms);
}

void PledgeFormDialog::preview()
{
    if (auto forms = build())
        ReportOutput::preview(this, *forms);
}

void PledgeFormDialog::save()
{
    auto forms = build();
    if (!forms)
        return;
    const QString name = QStringLiteral("%1-%2.pdf").arg(PledgeKindText::code(m_kind), m_unit->currentData().toString());
    ReportOutput::savePdf(this, *forms, name);
}

} // namespace netra
