// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceViewer.h"
#include "Page.h"
#include "TableExport.h"

#include "core/CaseCatalog.h"
#include "core/ElectionPeriod.h"
#include "store/CaseRepository.h"

#include <QList>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace netra {

class CaseCountModel;
class CaseDetailPanel;
class CaseTableModel;

// Pelanggaran: the violation cases of an election period, overdue recommendations first;
// new cases reported, each moved along its workflow, evidence attached and viewed, and a
// Rekap of cases per unit and per kind. Cases are few (hundreds, a few thousand at most), so
// the page asks the store on the GUI thread, unlike the lists of the whole roster.
class CasePage : public Page {
    Q_OBJECT
public:
    explicit CasePage(QWidget* parent = nullptr);
    ~CasePage() override;

    QString title() const override { return tr("Violations"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    CaseTableModel* model() const { return m_model; }
    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);

    void newCase();
    void nextStep();
    void attachEvidence(); // asks for the scan
    void attachEvidence(const QString& path);
    void viewEvidence(); // the latest document of the current case
    // The list as filtered on the Cases tab, or both counts on the Rekap tab.
    QList<TableExport::Sheet> exportSheets() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildToolBar();
    void retranslate();
    void loadCatalog();
    void loadPeriods();
    void loadUnits();
    CaseFilter filter() const;
    void reload();
    void showCount();
    void reloadCounts();
    void showDetail();
    void updateActions();
    void showEvidence(const QString& sha256);
    qint64 defaultPeriodId() const; // the period running today, else the latest; 0 when none

    Database* m_db = nullptr;
    CaseCatalog m_catalog;
    QList<ElectionPeriod> m_periods;
    std::optional<ViolationCase> m_current; // with its history, as the detail shows it
    QList<std::pair<QString, QString>> m_documents; // of m_current
    QString m_failure; // why the list could not be read
    EvidenceViewer m_evidenceViewer;
    CaseTableModel* m_model;
    CaseCountModel* m_unitCounts;
    CaseCountModel* m_kindCounts;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_hint;
    QTabWidget* m_tabs;
    QComboBox* m_unit;
    QComboBox* m_status;
    QComboBox* m_kind;
    QCheckBox* m_overdueOnly;
    QLabel* m_shown;
    QToolBar* m_toolBar;
    QAction* m_new;
    QAction* m_step;
    QAction* m_attach;
    QAction* m_view;
    QAction* m_export;
    QLabel* m_message;
    QTableView* m_table;
    CaseDetailPanel* m_detail;
    QLabel* m_unitCountsLabel;
    QTableView* m_unitCountsTable;
    QLabel* m_kindCountsLabel;
    QTableView* m_kindCountsTable;
};

} // namespace netra
