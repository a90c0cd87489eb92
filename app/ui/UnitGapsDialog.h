// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QTabWidget;
class QTableView;

namespace netra {

class Database;
class StaffInUnitTableModel;

// The people behind a unit's weak figures on the dashboard, in two tabs: who has not signed
// the ikrar by the date (the first kLimit of them, with the total), and who did not attend
// the period's sessions often enough.
class UnitGapsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kLimit = 1000; // a unit of thousands prints its list from Ikrar & Pakta

    UnitGapsDialog(Database& db, const ElectionPeriod& period, QDate asOf, int minSessions, qint64 unitId,
                   const QString& unitName, QWidget* parent = nullptr);

    StaffInUnitTableModel* unsignedModel() const { return m_unsigned; }
    StaffInUnitTableModel* absentModel() const { return m_absent; }

private:
    void load(Database& db, const ElectionPeriod& period, QDate asOf, int minSessions, qint64 unitId);
    QTableView* table(StaffInUnitTableModel* model, const QString& name);

    StaffInUnitTableModel* m_unsigned;
    StaffInUnitTableModel* m_absent;
    QTabWidget* m_tabs;
    QLabel* m_unsignedCount;
    QLabel* m_absentCount;
    QLabel* m_error;
};

} // namespace netra
