// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "io/SheetOutput.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QLabel;
class QTabWidget;
class QTableView;

namespace netra {

class Database;
class StaffInUnitTableModel;

// The people behind a unit's weak figures on the dashboard, in two tabs: who has not signed
// the ikrar by the date (the first kLimit of them, with the total), and who did not attend
// the period's sessions often enough. Both lists are exported in full, not cut at kLimit.
class UnitGapsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kLimit = 1000; // a unit of thousands prints its list from Ikrar & Pakta

    UnitGapsDialog(Database& db, const ElectionPeriod& period, QDate asOf, int minSessions, qint64 unitId,
                   const QString& unitName, QWidget* parent = nullptr);

    StaffInUnitTableModel* unsignedModel() const { return m_unsigned; }
    StaffInUnitTableModel* absentModel() const { return m_absent; }

    // Both lists, everyone in them, as sheets "Belum Ikrar" and "Belum Hadir"; returns the rows.
    struct Lists {
        ElectionPeriod period;
        QDate asOf;
        int minSessions = 1;
        qint64 unitId = 0;
    };
    static Result<qint64> writeLists(Database& db, const Lists& lists, const QString& path, SheetOutput::Format format,
                                     const std::function<bool(qint64)>& progress = {});
    const Lists& lists() const { return m_lists; }
    void exportLists(); // asks for the file; reads and writes off the window's thread

private:
    void load(Database& db);
    QTableView* table(StaffInUnitTableModel* model, const QString& name);

    Database& m_db;
    Lists m_lists;
    StaffInUnitTableModel* m_unsigned;
    StaffInUnitTableModel* m_absent;
    QTabWidget* m_tabs;
    QLabel* m_unsignedCount;
    QLabel* m_absentCount;
    QLabel* m_error;
};

} // namespace netra
