// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include "core/WorkUnit.h"
#include "io/StaffExporter.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace netra {

class StaffDetailPanel;
class StaffTableModel;

// Pegawai: the roster with search as you type, filters, the selected person's details, and
// add, edit and void.
class StaffPage : public Page {
    Q_OBJECT
public:
    explicit StaffPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Staff"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    StaffTableModel* model() const { return m_model; }
    void addStaff();
    void editStaff();
    void voidStaff();
    void importRoster(); // the roster import wizard
    // The roster as searched, filtered and sorted, every match and not only the rows fetched.
    StaffExporter::Options exportOptions() const;
    void exportList(); // asks for the file; reads and writes off the window's thread

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilters();
    void loadUnits();
    void updateSelection();
    void updateCount();
    qint64 selectedId() const;

    Database* m_db = nullptr;
    QList<WorkUnit> m_units;
    qint64 m_selectAfterLoad = 0;
    StaffTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_unitFilter;
    QComboBox* m_kindFilter;
    QComboBox* m_activeFilter;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_void;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_count;
    QTableView* m_table;
    StaffDetailPanel* m_detail;
};

} // namespace netra
