// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ImportReject.h"
#include "core/Result.h"
#include "core/StaffColumnMap.h"
#include "io/StaffImporter.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWizardPage;

namespace netra {

class Database;
class StaffImportJob;

// The HR office's roster into Pegawai, step by step: the file (and sheet), which column is
// which field, the options, a dry run showing what would change with the problem rows marked,
// and the import itself. Reading, matching and writing are StaffImporter's; this only collects
// the choices and shows the outcome.
class StaffImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, OptionsPage, PreviewPage, ImportPage };

    explicit StaffImportWizard(Database& db, QWidget* parent = nullptr);
    ~StaffImportWizard() override;

    // True once an import wrote to the database (the caller refreshes what it shows).
    bool imported() const { return m_imported; }
    // The options the preview and the import run with.
    StaffImporter::Options options() const;
    // Writes the last preview's rejects (.xlsx by extension, else CSV).
    Status saveRejects(const QString& path) const;

    void reject() override;

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildOptionsPage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildImportPage();

    void browse();
    bool loadFile();
    bool loadSheet(const QString& sheet);
    void showFileError(const QString& message);
    void fillMapping();
    void refreshMapping();
    void mappingChosen(int column);
    StaffColumnMap currentMap() const;
    bool mappingValid();

    void startPreview();
    void startImport();
    void showProgress(double share, int rows);
    void jobFinished();
    void showPreview(const ImportSummary& summary);
    void fillPreviewRows(const ImportSummary& summary);
    void askSaveRejects();

    static QString fieldLabel(StaffField field);

    Database& m_db;
    StaffImportJob* m_job;
    bool m_jobIsPreview = false;
    bool m_previewDone = false;
    bool m_importDone = false;
    bool m_imported = false;

    // The file as loaded: its sheets, the header row and the first rows for the preview.
    QString m_loadedPath;
    QString m_loadedSheet;
    bool m_fileOk = false;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_rowNumbers;
    StaffColumnMap::Overrides m_remembered;
    StaffColumnMap::Overrides m_chosen; // the user's changes on this run
    QList<ImportReject> m_rejects;

    QLineEdit* m_file = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_sheetLabel = nullptr;
    QLabel* m_fileInfo = nullptr;
    QLabel* m_fileError = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_mappingError = nullptr;
    QDateEdit* m_effective = nullptr;
    QCheckBox* m_createUnits = nullptr;
    QCheckBox* m_deactivateMissing = nullptr;
    QProgressBar* m_previewProgress = nullptr;
    QPushButton* m_previewCancel = nullptr;
    QLabel* m_previewSummary = nullptr;
    QLabel* m_previewError = nullptr;
    QTableWidget* m_previewRows = nullptr;
    QTableWidget* m_rejectTable = nullptr;
    QPushButton* m_saveRejects = nullptr;
    QProgressBar* m_importProgress = nullptr;
    QPushButton* m_importCancel = nullptr;
    QLabel* m_importResult = nullptr;
    QPushButton* m_saveImportRejects = nullptr;
};

} // namespace netra
