// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImportWizard.h"

#include "StaffImportJob.h"

#include "io/ImportRejectWriter.h"
#include "io/RowSource.h"
#include "io/XlsxReader.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace netra {

namespace {

constexpr int kPreviewRows = 50;
constexpr int kIgnore = -1;
QColor rejectedRow() { return {0xfd, 0xe2, 0xe2}; }
QColor rejectedCell() { return {0xf5, 0xa3, 0xa3}; }
QColor warnedRow() { return {0xff, 0xf4, 0xc8}; }

// A wizard page whose hooks are the wizard's own functions: the pages share the wizard's
// state, so they stay plain widgets rather than classes of their own.
class Step final : public QWizardPage {
public:
    using QWizardPage::QWizardPage;

    std::function<void()> enter;
    std::function<void()> leave;
    std::function<bool()> validate;
    std::function<bool()> complete;

    void initializePage() override
    {
        if (enter)
            enter();
    }
    void cleanupPage() override
    {
        if (leave)
            leave();
    }
    bool validatePage() override { return validate ? validate() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

Step* step(QWizard* wizard, int id)
{
    return static_cast<Step*>(wizard->page(id));
}

QLabel* problemLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QTableWidget* table(const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

} // namespace

StaffImportWizard::StaffImportWizard(Database& db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_job(new StaffImportJob(db, this))
{
    setObjectName(QStringLiteral("staffImportWizard"));
    setWindowTitle(tr("Import staff roster"));
    resize(1000, 680);
    if (const auto remembered = StaffImporter::rememberedMapping(m_db))
        m_remembered = *remembered;

    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(OptionsPage, buildOptionsPage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(ImportPage, buildImportPage());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("staffImportNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("staffImportBack"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("staffImportCommit"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("staffImportFinish"));

    connect(m_job, &StaffImportJob::progressed, this, &StaffImportWizard::showProgress);
    connect(m_job, &StaffImportJob::finished, this, &StaffImportWizard::jobFinished);
}

StaffImportWizard::~StaffImportWizard() = default;

// ---- file and sheet ------------------------------------------------------------------

QWizardPage* StaffImportWizard::buildFilePage()
{
    auto* page = new Step(this);
    page->setTitle(tr("Roster file"));
    page->setSubTitle(tr("The HR office's staff roster as an Excel workbook (.xlsx) or a CSV file. "
                         "The first row must hold the column names."));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("staffImportFile"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("staffImportBrowse"));
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("staffImportSheet"));
    m_sheetLabel = new QLabel(tr("&Sheet:"), page);
    m_sheetLabel->setBuddy(m_sheet);
    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("staffImportFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileError = problemLabel(QStringLiteral("staffImportFileError"), page);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_sheetLabel, m_sheet);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_fileError);
    layout->addStretch();
    m_sheet->hide();
    m_sheetLabel->hide();

    connect(browse, &QPushButton::clicked, this, &StaffImportWizard::browse);
    connect(m_file, &QLineEdit::textChanged, page, [this, page] {
        m_fileOk = false;
        showProblem(m_fileError, QString());
        page->changed();
    });
    connect(m_file, &QLineEdit::returnPressed, this, &StaffImportWizard::loadFile);
    connect(m_sheet, &QComboBox::activated, this, [this] { loadSheet(m_sheet->currentText()); });
    page->complete = [this] { return !m_file->text().trimmed().isEmpty(); };
    page->validate = [this] {
        if (m_fileOk && m_loadedPath == m_file->text().trimmed())
            return true;
        return loadFile();
    };
    return page;
}

void StaffImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the staff roster"), QFileInfo(m_file->text()).path(),
                                                      tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    loadFile();
}

bool StaffImportWizard::loadFile()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_fileOk = false;
    m_sheet->clear();
    m_sheet->hide();
    m_sheetLabel->hide();
    m_fileInfo->clear();
    auto opened = RowSource::open(path);
    if (!opened) {
        showFileError(opened.error().message);
        return false;
    }
    QStringList sheets;
    if (const auto* workbook = dynamic_cast<const XlsxReader*>(opened->get()))
        sheets = workbook->sheetNames();
    opened->reset();
    QString chosen;
    if (sheets.size() > 1) {
        // The roster is often not the first sheet (notes come first): take the first one
        // whose header row names a NIP column.
        for (const QString& sheet : std::as_const(sheets)) {
            auto source = RowSource::open(path, sheet);
            QList<SpreadsheetCell> cells;
            if (source && (*source)->readRow(cells)
                && StaffColumnMap::detect(RowSource::texts(cells), m_remembered).has(StaffField::Nip)) {
                chosen = sheet;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = sheets.first();
        const QSignalBlocker blocker(m_sheet);
        m_sheet->addItems(sheets);
        m_sheet->setCurrentText(chosen);
        m_sheet->show();
        m_sheetLabel->show();
    }
    return loadSheet(chosen);
}

bool StaffImportWizard::loadSheet(const QString& sheet)
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_fileOk = false;
    m_headers.clear();
    m_rows.clear();
    m_rowNumbers.clear();
    auto opened = RowSource::open(path, sheet);
    if (!opened) {
        showFileError(opened.error().message);
        return false;
    }
    RowSource& source = **opened;
    QList<SpreadsheetCell> cells;
    if (!source.readRow(cells)) {
        showFileError(source.status() ? tr("%1 is empty.").arg(QDir::toNativeSeparators(path)) : source.status().error().message);
        return false;
    }
    m_headers = RowSource::texts(cells);
    while (m_rows.size() < kPreviewRows && source.readRow(cells)) {
        m_rows.push_back(RowSource::texts(cells));
        m_rowNumbers.push_back(source.rowNumber());
    }
    if (!source.status()) {
        showFileError(source.status().error().message);
        return false;
    }
    m_loadedPath = m_file->text().trimmed();
    m_loadedSheet = sheet;
    m_fileOk = true;
    m_chosen.clear();
    showProblem(m_fileError, QString());
    m_fileInfo->setText(tr("%n column(s): %1", nullptr, int(m_headers.size())).arg(m_headers.join(QStringLiteral(", "))));
    fillMapping();
    return true;
}

void StaffImportWizard::showFileError(const QString& message)
{
    m_fileOk = false;
    showProblem(m_fileError, message);
}

// ---- mapping -------------------------------------------------------------------------

QString StaffImportWizard::fieldLabel(StaffField field)
{
    switch (field) {
    case StaffField::Nip: return tr("NIP");
    case StaffField::Name: return tr("Name");
    case StaffField::FrontTitles: return tr("Titles before the name");
    case StaffField::BackTitles: return tr("Titles after the name");
    case StaffField::Unit: return tr("Work unit");
    case StaffField::Position: return tr("Position");
    case StaffField::Grade: return tr("Grade");
    case StaffField::Kind: return tr("Kind (PNS/PPPK)");
    case StaffField::Sex: return tr("Sex");
    case StaffField::BirthDate: return tr("Birth date");
    case StaffField::Tmt: return tr("TMT");
    }
    return staffFieldCode(field);
}

QWizardPage* StaffImportWizard::buildMappingPage()
{
    auto* page = new Step(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("What each column of the file holds, as recognised from its name. Change a choice "
                         "where it is wrong; choices are remembered for the next import."));
    m_mapping = table(QStringLiteral("staffImportMapping"), page);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Read as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mappingError = problemLabel(QStringLiteral("staffImportMappingError"), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingError);
    page->validate = [this] { return mappingValid(); };
    return page;
}

void StaffImportWizard::fillMapping()
{
    m_mapping->setRowCount(int(m_headers.size()));
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString header = m_headers.at(column).simplified();
        auto* name = new QTableWidgetItem(header.isEmpty() ? tr("(column %1, no name)").arg(column + 1) : header);
        m_mapping->setItem(column, 0, name);
        QString sample;
        for (const QStringList& row : std::as_const(m_rows))
            if (!row.value(column).isEmpty()) {
                sample = row.value(column);
                break;
            }
        m_mapping->setItem(column, 1, new QTableWidgetItem(sample));
        auto* choice = new QComboBox(m_mapping);
        choice->setObjectName(QStringLiteral("staffImportMap%1").arg(column));
        choice->addItem(tr("— ignore —"), kIgnore);
        for (const QString& code : staffFieldCodes())
            if (const auto field = staffFieldFromCode(code))
                choice->addItem(fieldLabel(*field), int(*field));
        choice->setEnabled(!header.isEmpty());
        connect(choice, &QComboBox::activated, this, [this, column] { mappingChosen(column); });
        m_mapping->setCellWidget(column, 2, choice);
    }
    refreshMapping();
}

StaffColumnMap StaffImportWizard::currentMap() const
{
    StaffColumnMap::Overrides overrides = m_remembered;
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        overrides.insert(it.key(), it.value());
    return StaffColumnMap::detect(m_headers, overrides);
}

void StaffImportWizard::refreshMapping()
{
    const StaffColumnMap map = currentMap();
    for (int column = 0; column < m_headers.size(); ++column) {
        auto* choice = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
        if (!choice)
            continue;
        const auto field = map.fieldAt(column);
        const QSignalBlocker blocker(choice);
        choice->setCurrentIndex(std::max(0, choice->findData(field ? int(*field) : kIgnore)));
    }
}

void StaffImportWizard::mappingChosen(int column)
{
    const auto* choice = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
    if (!choice)
        return;
    const int data = choice->currentData().toInt();
    m_chosen.insert(StaffColumnMap::headerKey(m_headers.value(column)),
                    data == kIgnore ? std::nullopt : std::optional<StaffField>(StaffField(data)));
    showProblem(m_mappingError, QString());
    refreshMapping(); // a field taken by this column leaves the one that had it
}

bool StaffImportWizard::mappingValid()
{
    const StaffColumnMap map = currentMap();
    QStringList missing;
    for (const StaffField required : {StaffField::Nip, StaffField::Name, StaffField::Unit})
        if (!map.has(required))
            missing << fieldLabel(required);
    if (missing.isEmpty())
        return true;
    showProblem(m_mappingError, tr("No column is read as %1. Choose the column that holds it.")
                                    .arg(missing.join(QStringLiteral(", "))));
    return false;
}

// ---- options -------------------------------------------------------------------------

QWizardPage* StaffImportWizard::buildOptionsPage()
{
    auto* page = new Step(this);
    page->setTitle(tr("Options"));
    page->setSubTitle(tr("New people are assigned to their unit, and moves take effect, from the effective date."));
    m_effective = new QDateEdit(m_db.clock().today(), page);
    m_effective->setObjectName(QStringLiteral("staffImportEffective"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_createUnits = new QCheckBox(tr("&Create work units the file names but Netra does not have"), page);
    m_createUnits->setObjectName(QStringLiteral("staffImportCreateUnits"));
    m_deactivateMissing = new QCheckBox(tr("&Mark staff missing from the file inactive from the effective date"), page);
    m_deactivateMissing->setObjectName(QStringLiteral("staffImportDeactivateMissing"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Effective date:"), m_effective);
    form->addRow(m_createUnits);
    form->addRow(m_deactivateMissing);
    return page;
}

StaffImporter::Options StaffImportWizard::options() const
{
    StaffImporter::Options options;
    options.sheet = m_loadedSheet;
    options.overrides = m_chosen;
    options.useRememberedMapping = true;
    options.effective = m_effective->date();
    options.createUnits = m_createUnits->isChecked();
    options.deactivateMissing = m_deactivateMissing->isChecked();
    return options;
}

// ---- preview -------------------------------------------------------------------------

QWizardPage* StaffImportWizard::buildPreviewPage()
{
    auto* page = new Step(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("What the import would do. Nothing has been written yet. Rows with problems are "
                         "marked red and will be left out."));
    page->setCommitPage(true);
    m_previewProgress = new QProgressBar(page);
    m_previewProgress->setObjectName(QStringLiteral("staffImportPreviewProgress"));
    m_previewProgress->setRange(0, 1000);
    m_previewCancel = new QPushButton(tr("Cancel"), page);
    m_previewCancel->setObjectName(QStringLiteral("staffImportPreviewCancel"));
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("staffImportPreviewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewError = problemLabel(QStringLiteral("staffImportPreviewError"), page);
    m_previewRows = table(QStringLiteral("staffImportPreviewRows"), page);
    m_rejectTable = table(QStringLiteral("staffImportRejects"), page);
    m_rejectTable->setColumnCount(4);
    m_rejectTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    m_rejectTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rejectTable->verticalHeader()->hide();
    m_saveRejects = new QPushButton(tr("&Save reject list…"), page);
    m_saveRejects->setObjectName(QStringLiteral("staffImportSaveRejects"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_previewProgress, 1);
    progressRow->addWidget(m_previewCancel);
    auto* rejects = new QWidget(page);
    auto* rejectsLayout = new QVBoxLayout(rejects);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(new QLabel(tr("Rejected rows:"), rejects));
    rejectsLayout->addWidget(m_rejectTable, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveRejects);
    rejectsLayout->addLayout(saveRow);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_previewRows);
    splitter->addWidget(rejects);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(progressRow);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewError);
    layout->addWidget(splitter, 1);

    connect(m_previewCancel, &QPushButton::clicked, m_job, &StaffImportJob::cancel);
    connect(m_saveRejects, &QPushButton::clicked, this, &StaffImportWizard::askSaveRejects);
    page->enter = [this] { startPreview(); };
    page->leave = [this] {
        if (m_job->isRunning() && m_jobIsPreview)
            m_job->cancel();
    };
    page->complete = [this] { return m_previewDone; };
    return page;
}

void StaffImportWizard::startPreview()
{
    m_previewDone = false;
    m_rejects.clear();
    m_previewSummary->setText(tr("Checking the file…"));
    showProblem(m_previewError, QString());
    m_previewProgress->setValue(0);
    m_previewProgress->show();
    m_previewCancel->show();
    m_previewCancel->setEnabled(true);
    m_saveRejects->setEnabled(false);
    m_rejectTable->setRowCount(0);
    fillPreviewRows(ImportSummary());
    StaffImporter::Options run = options();
    run.dryRun = true;
    m_jobIsPreview = true;
    m_job->start(QDir::fromNativeSeparators(m_loadedPath), run);
    step(this, PreviewPage)->changed();
}

void StaffImportWizard::showProgress(double share, int rows)
{
    QProgressBar* bar = m_jobIsPreview ? m_previewProgress : m_importProgress;
    bar->setValue(int(share * 1000));
    bar->setFormat(tr("%n row(s) read", nullptr, rows));
}

void StaffImportWizard::jobFinished()
{
    const StaffImportJob::Outcome& outcome = m_job->outcome();
    if (m_jobIsPreview) {
        m_previewCancel->hide();
        m_previewProgress->hide();
        if (!outcome || !outcome->ok()) {
            const bool cancelled = outcome && outcome->error().kind == ErrorKind::Cancelled;
            m_previewSummary->setText(cancelled ? tr("Preview cancelled. Go back and forward again to check the file anew.")
                                                : QString());
            if (!cancelled)
                showProblem(m_previewError, outcome ? outcome->error().message : tr("The preview did not run."));
            return;
        }
        showPreview(outcome->value());
        m_previewDone = true;
        step(this, PreviewPage)->changed();
        return;
    }

    m_importCancel->hide();
    m_importDone = true;
    if (!outcome || !outcome->ok()) {
        m_importProgress->hide();
        const bool cancelled = outcome && outcome->error().kind == ErrorKind::Cancelled;
        m_importResult->setText(cancelled ? tr("Import cancelled. Nothing was written; the staff data is as it was.")
                                          : tr("The import failed and nothing was written:\n%1")
                                                .arg(outcome ? outcome->error().message : QString()));
    } else {
        const ImportSummary& s = outcome->value();
        m_imported = true;
        QStringList lines;
        lines << tr("Imported: added %1 / updated %2 / unchanged %3 / rejected %4.")
                     .arg(s.added)
                     .arg(s.updated)
                     .arg(s.unchanged)
                     .arg(s.rejectedRows);
        if (s.unitsCreated > 0)
            lines << tr("%n work unit(s) created.", nullptr, s.unitsCreated);
        if (s.deactivated > 0)
            lines << tr("%n staff member(s) not in the file marked inactive.", nullptr, s.deactivated);
        if (s.walkInsTied > 0)
            lines << tr("%n walk-in attendance record(s) tied to the roster.", nullptr, s.walkInsTied);
        if (s.rejectedRows > 0)
            lines << tr("The rejected rows were left out; save the reject list to fix them in the file.");
        m_importResult->setText(lines.join(QLatin1Char('\n')));
        m_rejects = s.rejects;
        m_saveImportRejects->setVisible(!m_rejects.isEmpty());
    }
    step(this, ImportPage)->changed();
}

void StaffImportWizard::showPreview(const ImportSummary& summary)
{
    QStringList lines;
    lines << tr("To add %1 / to update %2 / unchanged %3 / rejected %4")
                 .arg(summary.added)
                 .arg(summary.updated)
                 .arg(summary.unchanged)
                 .arg(summary.rejectedRows);
    if (summary.unitsCreated > 0)
        lines << tr("%n work unit(s) would be created.", nullptr, summary.unitsCreated);
    if (summary.deactivated > 0)
        lines << tr("%n staff member(s) not in the file would be marked inactive.", nullptr, summary.deactivated);
    if (!summary.warnings.isEmpty())
        lines << tr("%n row(s) kept with something to check (marked yellow).", nullptr, int(summary.warnings.size()));
    if (m_rowNumbers.size() >= kPreviewRows)
        lines << tr("The table shows the first %1 rows of the file; the reject list covers all of it.").arg(kPreviewRows);
    m_previewSummary->setText(lines.join(QLatin1Char('\n')));

    m_rejects = summary.rejects;
    m_rejectTable->setRowCount(int(m_rejects.size()));
    for (int i = 0; i < m_rejects.size(); ++i) {
        const ImportReject& r = m_rejects.at(i);
        m_rejectTable->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
        m_rejectTable->setItem(i, 1, new QTableWidgetItem(r.column));
        m_rejectTable->setItem(i, 2, new QTableWidgetItem(r.value));
        m_rejectTable->setItem(i, 3, new QTableWidgetItem(r.reason));
    }
    m_rejectTable->resizeColumnsToContents();
    m_saveRejects->setEnabled(!m_rejects.isEmpty());
    fillPreviewRows(summary);
}

void StaffImportWizard::fillPreviewRows(const ImportSummary& summary)
{
    QHash<int, QList<ImportReject>> rejects;
    for (const ImportReject& r : summary.rejects)
        rejects[r.row].push_back(r);
    QHash<int, QList<ImportReject>> warnings;
    for (const ImportReject& w : summary.warnings)
        warnings[w.row].push_back(w);

    m_previewRows->clear();
    m_previewRows->setColumnCount(int(m_headers.size()));
    m_previewRows->setHorizontalHeaderLabels(m_headers);
    m_previewRows->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const int rowNumber = m_rowNumbers.at(i);
        const QList<ImportReject> problems = rejects.value(rowNumber);
        const QList<ImportReject> notes = warnings.value(rowNumber);
        QStringList reasons;
        for (const ImportReject& p : problems + notes)
            reasons << p.reason;
        auto* number = new QTableWidgetItem(QString::number(rowNumber));
        number->setToolTip(reasons.join(QLatin1Char('\n')));
        m_previewRows->setVerticalHeaderItem(i, number);
        for (int column = 0; column < m_headers.size(); ++column) {
            auto* item = new QTableWidgetItem(m_rows.at(i).value(column));
            const QString header = m_headers.at(column).simplified();
            QStringList cellReasons;
            for (const ImportReject& p : problems)
                if (p.column == header)
                    cellReasons << p.reason;
            if (!cellReasons.isEmpty()) {
                item->setBackground(rejectedCell());
                item->setToolTip(cellReasons.join(QLatin1Char('\n')));
            } else if (!problems.isEmpty()) {
                item->setBackground(rejectedRow());
                item->setToolTip(reasons.join(QLatin1Char('\n')));
            } else if (!notes.isEmpty()) {
                item->setBackground(warnedRow());
                item->setToolTip(reasons.join(QLatin1Char('\n')));
            }
            m_previewRows->setItem(i, column, item);
        }
    }
    m_previewRows->resizeColumnsToContents();
}

Status StaffImportWizard::saveRejects(const QString& path) const
{
    return ImportRejectWriter::write(path, m_rejects);
}

void StaffImportWizard::askSaveRejects()
{
    const QFileInfo source(QDir::fromNativeSeparators(m_loadedPath));
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save reject list"), suggested,
                                                      tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveRejects(path); !saved)
        QMessageBox::warning(this, tr("Save reject list"), saved.error().message);
}

// ---- import --------------------------------------------------------------------------

QWizardPage* StaffImportWizard::buildImportPage()
{
    auto* page = new Step(this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("The valid rows go in together: a cancelled or failed import writes nothing."));
    page->setFinalPage(true);
    m_importProgress = new QProgressBar(page);
    m_importProgress->setObjectName(QStringLiteral("staffImportProgress"));
    m_importProgress->setRange(0, 1000);
    m_importCancel = new QPushButton(tr("Cancel"), page);
    m_importCancel->setObjectName(QStringLiteral("staffImportCancel"));
    m_importResult = new QLabel(page);
    m_importResult->setObjectName(QStringLiteral("staffImportResult"));
    m_importResult->setWordWrap(true);
    m_importResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_importProgress, 1);
    progressRow->addWidget(m_importCancel);
    m_saveImportRejects = new QPushButton(tr("&Save reject list…"), page);
    m_saveImportRejects->setObjectName(QStringLiteral("staffImportSaveRejectsAfter"));
    m_saveImportRejects->hide();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(progressRow);
    layout->addWidget(m_importResult);
    layout->addWidget(m_saveImportRejects, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_saveImportRejects, &QPushButton::clicked, this, &StaffImportWizard::askSaveRejects);

    connect(m_importCancel, &QPushButton::clicked, m_job, &StaffImportJob::cancel);
    page->enter = [this] { startImport(); };
    page->complete = [this] { return m_importDone; };
    return page;
}

void StaffImportWizard::startImport()
{
    m_importDone = false;
    m_importResult->setText(tr("Importing…"));
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importCancel->show();
    m_saveImportRejects->hide();
    StaffImporter::Options run = options();
    run.dryRun = false;
    m_jobIsPreview = false;
    m_job->start(QDir::fromNativeSeparators(m_loadedPath), run);
    step(this, ImportPage)->changed();
}

void StaffImportWizard::reject()
{
    // Closing mid-run cancels and waits, so the caller knows whether anything was written.
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::reject();
}

} // namespace netra
