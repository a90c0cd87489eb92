// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EvidenceViewer.h"
#include "Page.h"
#include "PledgeListLoader.h"
#include "TableExport.h"

#include "core/ElectionPeriod.h"
#include "core/Session.h"

#include <QList>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace netra {

class PledgeDetailLabel;
class PledgeSearchFilter;
class PledgeTableModel;

// Ikrar & Pakta: who must sign the neutrality oath or the integrity pact of a period as of a
// date, per unit, who has and who not yet; the selected people marked as signed in one step,
// evidence scans attached and viewed.
class PledgePage : public Page {
    Q_OBJECT
public:
    static constexpr int kRowLimit = 5000; // rows listed at most; the counts cover everyone

    explicit PledgePage(QWidget* parent = nullptr);
    ~PledgePage() override;

    QString title() const override { return tr("Oaths and pacts"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    PledgeTableModel* model() const { return m_model; }
    bool isLoading() const { return m_loader->isLoading(); }
    // The query the rows on screen answer; empty while none has arrived.
    const std::optional<PledgeListQuery>& shownQuery() const { return m_shown; }

    void markSigned(); // the selected people without a pledge, through PledgeSignDialog
    void attachEvidence(); // asks for the scan
    void attachEvidence(const QString& path); // to the selected people's pledges
    void viewEvidence(); // of the current row, in the system's viewer
    void printForms();   // the current unit's forms of the current kind, through PledgeFormDialog

    // The list as filtered and searched, read again without the screen's row limit.
    struct ExportRequest {
        PledgeListQuery query;
        QString searchText;
        QList<int> columns; // as shown
        QHash<qint64, QString> sessionTitles;
        QString sheetName;
    };
    std::optional<ExportRequest> exportRequest() const; // empty while no list is shown
    static Result<qint64> writeList(Database& db, const ExportRequest& request, const QString& path,
                                    SheetOutput::Format format, const ModelSheetExporter::Progress& progress = {});
    void exportList(); // asks for the file; reads and writes off the window's thread

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildToolBar();
    void retranslate();
    void loadPeriods();
    void loadUnits();
    void loadSessions();
    void periodChanged();
    void fitAsOf(bool toToday); // the as-of date inside the period, today's when asked
    const ElectionPeriod* currentPeriod() const;
    std::optional<PledgeListQuery> query() const;
    void reload();
    void showList(const PledgeList& list);
    void showFailure(const QString& message);
    void showCounts();
    void showShownCount();
    void showDetail();
    void updateActions();
    const PledgeEntry* currentEntry() const;
    // Staff ids of the selected rows, those with a pledge or those without.
    QList<qint64> selectedStaff(bool withPledge) const;

    Database* m_db = nullptr;
    QList<ElectionPeriod> m_periods;
    QList<Session> m_sessions;
    std::optional<PledgeListQuery> m_shown;
    ObligationCounts m_tally; // of m_shown, whatever its signing filter
    int m_total = 0;          // rows m_shown holds before the row limit
    // Who was current and selected before a reload, chosen again when the rows arrive.
    qint64 m_keepCurrent = 0;
    QList<qint64> m_keepSelected;
    EvidenceViewer m_evidenceViewer; // copies opened in the viewer, gone with the page
    PledgeTableModel* m_model;
    PledgeSearchFilter* m_filter;
    PledgeListLoader* m_loader;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QComboBox* m_kind;
    QComboBox* m_unit;
    QComboBox* m_signing;
    QLabel* m_asOfLabel;
    QDateEdit* m_asOf;
    QLabel* m_hint;
    QLineEdit* m_search;
    QToolBar* m_toolBar;
    QAction* m_markSigned;
    QAction* m_attach;
    QAction* m_view;
    QAction* m_printForms;
    QAction* m_export;
    QLabel* m_shownCount;
    QLabel* m_counts;
    QTableView* m_table;
    PledgeDetailLabel* m_detail;
    QLabel* m_message;
};

} // namespace netra
