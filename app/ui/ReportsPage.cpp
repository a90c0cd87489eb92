// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "ExportJob.h"
#include "ExportTarget.h"
#include "PeriodChoice.h"
#include "ReportOutput.h"

#include "io/ComplianceReport.h"
#include "io/ComplianceWorkbook.h"
#include "io/PaperSize.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace netra {

ReportsPage::ReportsPage(QWidget* parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_about(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_paperLabel(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_letterLabel(new QLabel(this))
    , m_letterNumber(new QLineEdit(this))
    , m_preview(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_saveWorkbook(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_letterNumber->setObjectName(QStringLiteral("reportLetterNumber"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_saveWorkbook->setObjectName(QStringLiteral("reportSaveWorkbook"));
    m_hint->setObjectName(QStringLiteral("reportHint"));
    m_error->setObjectName(QStringLiteral("reportError"));

    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_about->setWordWrap(true);
    m_period->setMinimumContentsLength(16);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOf->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_asOf->setCalendarPopup(true);
    m_paper->addItem(QString(), int(Paper::A4));
    m_paper->addItem(QString(), int(Paper::F4));
    m_letterNumber->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_periodLabel->setBuddy(m_period);
    m_asOfLabel->setBuddy(m_asOf);
    m_paperLabel->setBuddy(m_paper);
    m_letterLabel->setBuddy(m_letterNumber);

    auto* form = new QFormLayout;
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_asOfLabel, m_asOf);
    form->addRow(m_paperLabel, m_paper);
    form->addRow(m_letterLabel, m_letterNumber);
    // Spreadsheet exports of the same figures are to join these buttons.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveWorkbook);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_about);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        fitAsOf();
        m_error->hide();
    });
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(m_saveWorkbook, &QPushButton::clicked, this, &ReportsPage::saveWorkbook);
    retranslate();
    setDatabase(nullptr);
}

void ReportsPage::setDatabase(Database* db)
{
    m_db = db;
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
    }
    m_error->hide();
    refresh();
}

void ReportsPage::refresh()
{
    loadPeriods();
}

void ReportsPage::loadPeriods()
{
    m_periods.clear();
    if (m_db) {
        if (const auto periods = ElectionPeriodRepository(*m_db).list()) {
            m_periods = *periods;
        } else {
            m_error->setText(periods.error().message);
            m_error->show();
        }
    }
    const bool kept = fillPeriodCombo(m_period, m_periods, m_db ? m_db->clock().today() : QDate());
    const bool ready = m_db && !m_periods.isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_period, m_asOf, m_paper, m_letterNumber, m_preview, m_save,
                                                                     m_saveWorkbook})
        w->setEnabled(ready);
    m_hint->setVisible(m_db && m_periods.isEmpty());
    if (!kept)
        fitAsOf();
}

const ElectionPeriod* ReportsPage::currentPeriod() const
{
    return chosenPeriod(m_period, m_periods);
}

void ReportsPage::fitAsOf()
{
    // Voting day, the summary's own default.
    if (const ElectionPeriod* period = currentPeriod())
        fitAsOfDate(m_asOf, *period, period->votingDay);
}

std::optional<ReportDocument> ReportsPage::build()
{
    const ElectionPeriod* period = currentPeriod();
    if (!m_db || !period)
        return std::nullopt;
    ComplianceReport::Options options;
    options.paper = Paper(m_paper->currentData().toInt());
    options.asOf = m_asOf->date();
    options.letterNumber = m_letterNumber->text();
    // Seconds at a million staff; the summary is asked for rarely and waited for.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = ComplianceReport::build(*m_db, *period, options);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        m_error->setText(summary.error().message);
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    return std::move(*summary);
}

void ReportsPage::preview()
{
    if (auto summary = build())
        ReportOutput::preview(this, *summary);
}

void ReportsPage::savePdf()
{
    auto summary = build();
    if (!summary)
        return;
    const QString name = QStringLiteral("rekap-kepatuhan-%1.pdf").arg(m_asOf->date().toString(Qt::ISODate));
    ReportOutput::savePdf(this, *summary, name);
}

void ReportsPage::saveWorkbook()
{
    const ElectionPeriod* period = currentPeriod();
    if (!m_db || !period)
        return;
    const QString title = tr("Save as spreadsheet");
    const auto target = ExportTarget::ask(
        this, title, QStringLiteral("rekap-kepatuhan-%1").arg(m_asOf->date().toString(Qt::ISODate)));
    if (!target)
        return;
    ComplianceWorkbook::Options options;
    options.asOf = m_asOf->date();
    const ElectionPeriod chosen = *period;
    const QString path = target->path;
    const SheetOutput::Format format = target->format;
    // The lists are read in full before the file is made; there is no row count to report.
    const Result<qint64> rows = ExportJob::run(this, *m_db, title, [chosen, options, path, format](Database& db, const auto&) {
        const auto counts = ComplianceWorkbook(db).write(path, format, chosen, options);
        if (!counts)
            return Result<qint64>(counts.error());
        return Result<qint64>(qint64(counts->units) + counts->notSigned + counts->notAttended + counts->cases);
    });
    target->tell(this, title, rows, ComplianceWorkbook::sheetNames());
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void ReportsPage::retranslate()
{
    m_heading->setText(tr("Compliance summary"));
    m_about->setText(tr("The summary the Sekda signs: per unit, as of the chosen day, the active ASN, the ikrar signed, "
                        "the attendance at the briefings, whether the head signed the integrity pact, the cases in "
                        "process and proven, and the unit's status under the period's thresholds; a total row, bar "
                        "charts, the reasons of every unit that is not compliant, the letterhead and signatory from "
                        "Settings, and a verification code on every page."));
    m_periodLabel->setText(tr("Election &period:"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("The figures as they stood on this day (\"Keadaan per tanggal\")."));
    m_paperLabel->setText(tr("Pape&r:"));
    m_paper->setItemText(0, tr("A4 (210 × 297 mm)"));
    m_paper->setItemText(1, tr("F4 (215 × 330 mm)"));
    m_letterLabel->setText(tr("&Letter number:"));
    m_letterNumber->setPlaceholderText(tr("As given by the agenda or SRIKANDI; left out when empty"));
    m_preview->setText(tr("Preview and print…"));
    m_save->setText(tr("Save as PDF…"));
    m_saveWorkbook->setText(tr("Save as spreadsheet…"));
    m_saveWorkbook->setToolTip(tr("The same figures per unit, with who has not signed, who did not attend and the "
                                  "cases behind them, as an Excel workbook or CSV."));
    m_hint->setText(tr("There is no election period yet. Add one first (netra-cli period add); the summary belongs to a period."));
}

} // namespace netra
