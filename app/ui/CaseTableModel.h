// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CaseCatalog.h"
#include "core/ViolationCase.h"
#include "io/SheetCell.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace netra {

// Violation cases as CaseRepository::list returns them (overdue first), held whole: a Pemda
// has hundreds of cases, a few thousand at most. Overdue rows stand out.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn, NipColumn, NameColumn, UnitColumn, KindColumn, ActDateColumn, SourceColumn, StatusColumn,
        DueColumn, ColumnCount
    };

    explicit CaseTableModel(QObject* parent = nullptr);

    // For the labels of kinds and sources; codes are shown until it is set.
    void setCatalog(const CaseCatalog& catalog);
    void setCases(const QList<ViolationCase>& cases);
    const ViolationCase* caseAt(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 when not listed
    void retranslate();

    static QColor overdueBackground();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SheetCell cell(const ViolationCase& c, int column, int row) const;
    QString text(const ViolationCase& c, int column, int row) const;

    CaseCatalog m_catalog;
    QList<ViolationCase> m_cases;
};

} // namespace netra
