// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSheetDialog.h"

#include "ReportOutput.h"

#include "io/AttendanceSheet.h"
#include "store/Database.h"
#include "store/WorkUnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace netra {

AttendanceSheetDialog::AttendanceSheetDialog(Database& db, Session session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_unit(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceSheetDialog"));
    setWindowTitle(tr("Attendance sheet"));
    m_unit->setObjectName(QStringLiteral("sheetUnit"));
    m_paper->setObjectName(QStringLiteral("sheetPaper"));
    m_unit->addItem(tr("Every invited unit, each on its own pages"), QString());
    if (const auto units = WorkUnitRepository(m_db).list(m_session.date); units) {
        for (const WorkUnit& unit : *units)
            if (m_session.targetsAllUnits() || m_session.targetUnitCodes.contains(unit.code))
                m_unit->addItem(unit.name, unit.code);
    }
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(Paper::A4));
    m_paper->addItem(tr("F4 (215 × 330 mm)"), int(Paper::F4));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Session:"), new QLabel(m_session.title, this));
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Paper:"), m_paper);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Preview and print…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("sheetPreview"));
    QPushButton* saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("sheetSave"));
    connect(previewButton, &QPushButton::clicked, this, &AttendanceSheetDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &AttendanceSheetDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

std::optional<ReportDocument> AttendanceSheetDialog::build()
{
    AttendanceSheet::Options options;
    options.paper = Paper(m_paper->currentData().toInt());
    options.unitCode = m_unit->currentData().toString();
    auto sheet = AttendanceSheet::build(m_db, m_session.id, options);
    if (!sheet) {
        m_error->setText(sheet.error().message);
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    return std::move(*sheet);
}

void AttendanceSheetDialog::preview()
{
    if (auto sheet = build())
        ReportOutput::preview(this, *sheet);
}

void AttendanceSheetDialog::save()
{
    auto sheet = build();
    if (!sheet)
        return;
    const QString unit = m_unit->currentData().toString();
    const QString name = QStringLiteral("daftar-hadir-%1%2.pdf")
                             .arg(m_session.date.toString(Qt::ISODate), unit.isEmpty() ? QString() : QLatin1Char('-') + unit);
    ReportOutput::savePdf(this, *sheet, name);
}

} // namespace netra
