// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "TableExport.h"

#include <QFuture>

class QPushButton;
class QTableView;

namespace netra {

class WorkUnitTableModel;

// Perangkat Daerah: the units with kind, parent, head and headcount; add, edit, set head.
class WorkUnitPage : public Page {
    Q_OBJECT
public:
    explicit WorkUnitPage(QWidget* parent = nullptr);
    ~WorkUnitPage() override;

    QString title() const override { return tr("Work units"); }
    void setDatabase(Database* db) override;
    void refresh() override;

    WorkUnitTableModel* model() const { return m_model; }
    void addUnit();
    void editUnit();
    void setHead();
    QList<TableExport::Sheet> exportSheets() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void loadHeadcounts();
    void updateButtons();
    void select(const QString& code);

    Database* m_db = nullptr;
    int m_generation = 0;
    bool m_countsStale = true;
    QFuture<void> m_counting;
    WorkUnitTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_head;
    QPushButton* m_export;
};

} // namespace netra
