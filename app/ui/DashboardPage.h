// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardLoader.h"
#include "Page.h"
#include "TableExport.h"

#include "core/ElectionPeriod.h"

#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace netra {

class UnitShareChart;
class WeakUnitTableModel;
class WeeklyProgressChart;

// Dasbor: a period's compliance as of a date at a glance: five tiles (active ASN, ikrar,
// attendance, open and overdue cases), the ikrar and attendance of every unit in its status
// colour, the ten weakest units, and the weekly climb of both shares. The figures are read
// in the background (seconds at a million staff); a unit's bar or row opens the people
// behind its figures.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override { return tr("Dashboard"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    bool isLoading() const { return m_loader->isLoading(); }
    // The figures on screen; empty while none have arrived.
    const std::optional<DashboardFigures>& shown() const { return m_shown; }
    WeakUnitTableModel* weakestModel() const { return m_weakest; }

    void openUnit(qint64 unitId); // the unit's people who have not signed or not attended
    QList<TableExport::Sheet> exportSheets() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadPeriods();
    void periodChanged();
    void fitAsOf();
    const ElectionPeriod* currentPeriod() const;
    void reload();
    void showFigures(const DashboardFigures& figures);
    void showFailure(const QString& message);
    void showTiles();
    QLabel* addTile(QLayout* row, const QString& name, QLabel*& caption);

    Database* m_db = nullptr;
    QList<ElectionPeriod> m_periods;
    std::optional<DashboardFigures> m_shown;
    DashboardLoader* m_loader;
    WeakUnitTableModel* m_weakest;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_asOfLabel;
    QDateEdit* m_asOf;
    QLabel* m_state; // loading, or why nothing is shown
    QLabel* m_hint;
    QLabel* m_active = nullptr;
    QLabel* m_ikrar = nullptr;
    QLabel* m_attendance = nullptr;
    QLabel* m_openCases = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_activeCaption = nullptr;
    QLabel* m_ikrarCaption = nullptr;
    QLabel* m_attendanceCaption = nullptr;
    QLabel* m_openCasesCaption = nullptr;
    QLabel* m_overdueCaption = nullptr;
    UnitShareChart* m_ikrarChart;
    UnitShareChart* m_attendanceChart;
    WeeklyProgressChart* m_progress;
    QLabel* m_weakestLabel;
    QTableView* m_weakestTable;
    QPushButton* m_weakestExport;
};

} // namespace netra
