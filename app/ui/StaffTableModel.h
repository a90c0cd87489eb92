// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Staff.h"
#include "core/StaffQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace netra {

class Database;
class StaffRowLoader;

// The Pegawai table over any number of staff. It knows the ids of the rows in order and
// holds only the windows of rows the view has asked for (a bounded cache); the loader
// fetches them by id, off the GUI thread. Rows not fetched yet show an ellipsis.
class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, NipColumn, KindColumn, UnitColumn, GradeColumn, PositionColumn, StatusColumn, ColumnCount };

    explicit StaffTableModel(QObject* parent = nullptr);
    ~StaffTableModel() override;

    // nullptr empties the table. Reads on a thread unless the file is on a network share.
    void setDatabase(Database* db);
    void setUnitNames(const QHash<qint64, QString>& names);
    void setQuery(const StaffQuery& query);
    const StaffQuery& query() const { return m_query; }
    void refresh(); // runs the query again, e.g. after an edit
    void retranslate(); // headers and labels in the language just installed

    bool isComplete() const { return m_complete; } // every id known, rowCount final
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not in the table
    const Staff* staffAt(int row) const; // nullptr while not fetched
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void rowsArrived(); // the first window of a query is in
    void countKnown(int count); // isComplete() turned true
    void failed(const QString& message);

private:
    using Page = QHash<qint64, Staff>;
    static constexpr int kMaxPages = 64;

    void stopLoader();
    void onFirstRows(int generation, const QList<qint64>& ids, const QList<Staff>& rows, bool complete);
    void onAllIds(int generation, const QList<qint64>& ids);
    void onRows(int generation, int page, const QList<Staff>& rows);
    void requestPage(int page) const;
    void storePage(int page, const QList<Staff>& rows);
    QString display(const Staff& staff, int column) const;

    Database* m_db = nullptr;
    QThread* m_thread = nullptr;
    StaffRowLoader* m_loader = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    StaffQuery m_query;
    QList<qint64> m_ids;
    bool m_complete = true;
    QHash<qint64, QString> m_unitNames;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent; // pages, most recently used last
    mutable QSet<int> m_pending;
};

} // namespace netra
