// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTableModel.h"

#include "NipText.h"
#include "StaffRowLoader.h"

#include "core/StaffKind.h"
#include "store/Database.h"

#include <QThread>

namespace netra {

namespace {

constexpr int kPageSize = StaffRowLoader::kPageSize;

} // namespace

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
}

StaffTableModel::~StaffTableModel()
{
    stopLoader();
}

void StaffTableModel::stopLoader()
{
    if (!m_loader)
        return;
    m_latest->store(-1); // whatever the loader is doing is stale now
    if (m_thread) {
        // The loader and its connection must go in the thread that opened them.
        StaffRowLoader* loader = m_loader;
        QMetaObject::invokeMethod(loader, [loader] { delete loader; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    } else {
        delete m_loader;
    }
    m_loader = nullptr;
}

void StaffTableModel::setDatabase(Database* db)
{
    stopLoader();
    m_db = db;
    if (m_db) {
        if (m_db->onNetworkShare()) {
            m_loader = new StaffRowLoader(m_db, m_latest);
        } else {
            m_thread = new QThread;
            m_thread->setObjectName(QStringLiteral("staff-rows"));
            m_loader = new StaffRowLoader(m_db->path(), m_latest);
            m_loader->moveToThread(m_thread);
            m_thread->start();
        }
        connect(m_loader, &StaffRowLoader::firstRows, this, &StaffTableModel::onFirstRows, Qt::QueuedConnection);
        connect(m_loader, &StaffRowLoader::allIds, this, &StaffTableModel::onAllIds, Qt::QueuedConnection);
        connect(m_loader, &StaffRowLoader::rowsFetched, this, &StaffTableModel::onRows, Qt::QueuedConnection);
        connect(m_loader, &StaffRowLoader::failed, this, [this](int generation, const QString& message) {
            if (generation == m_generation)
                emit failed(message);
        }, Qt::QueuedConnection);
    }
    refresh();
}

void StaffTableModel::setUnitNames(const QHash<qint64, QString>& names)
{
    m_unitNames = names;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

void StaffTableModel::setQuery(const StaffQuery& query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void StaffTableModel::refresh()
{
    m_generation = m_generation >= 1'000'000'000 ? 1 : m_generation + 1;
    m_latest->store(m_generation);
    if (!m_loader) {
        beginResetModel();
        m_ids.clear();
        m_pages.clear();
        m_recent.clear();
        m_pending.clear();
        m_complete = true;
        endResetModel();
        return;
    }
    const int generation = m_generation;
    const StaffQuery query = m_query;
    StaffRowLoader* loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader, generation, query] { loader->runQuery(generation, query); },
                              Qt::QueuedConnection);
}

void StaffTableModel::onFirstRows(int generation, const QList<qint64>& ids, const QList<Staff>& rows, bool complete)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    m_complete = complete;
    storePage(0, rows);
    endResetModel();
    emit rowsArrived();
    if (complete)
        emit countKnown(int(m_ids.size()));
}

void StaffTableModel::onAllIds(int generation, const QList<qint64>& ids)
{
    if (generation != m_generation)
        return;
    const qsizetype known = m_ids.size();
    if (ids.size() >= known && std::equal(m_ids.begin(), m_ids.end(), ids.begin())) {
        if (ids.size() > known) {
            beginInsertRows({}, int(known), int(ids.size() - 1));
            m_ids = ids;
            endInsertRows();
        }
    } else {
        // The data changed between the two reads: start the view over.
        beginResetModel();
        m_ids = ids;
        m_pages.clear();
        m_recent.clear();
        m_pending.clear();
        endResetModel();
    }
    m_complete = true;
    emit countKnown(int(m_ids.size()));
}

void StaffTableModel::onRows(int generation, int page, const QList<Staff>& rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    storePage(page, rows);
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_ids.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void StaffTableModel::storePage(int page, const QList<Staff>& rows)
{
    Page stored;
    stored.reserve(rows.size());
    for (const Staff& s : rows)
        stored.insert(s.id, s);
    m_pages.insert(page, std::move(stored));
    m_recent.removeOne(page);
    m_recent.push_back(page);
    while (m_recent.size() > kMaxPages)
        m_pages.remove(m_recent.takeFirst());
}

void StaffTableModel::requestPage(int page) const
{
    if (!m_loader || m_pending.contains(page))
        return;
    m_pending.insert(page);
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
    const int generation = m_generation;
    StaffRowLoader* loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader, generation, page, ids] { loader->fetchRows(generation, page, ids); },
                              Qt::QueuedConnection);
}

qint64 StaffTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int StaffTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const Staff* StaffTableModel::staffAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.push_back(page);
    }
    const auto found = it->constFind(m_ids.at(row));
    return found == it->constEnd() ? nullptr : &*found;
}

bool StaffTableModel::isSortable(int column)
{
    return column == NameColumn || column == NipColumn || column == KindColumn;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::display(const Staff& staff, int column) const
{
    switch (column) {
    case NameColumn: return staff.name;
    case NipColumn: return groupedNip(staff.nip.isEmpty() ? staff.internalId : staff.nip);
    case KindColumn: return staffKindLabel(staff.kind);
    case UnitColumn: return m_unitNames.value(staff.unitId, staff.unitCode);
    case GradeColumn: return staff.grade;
    case PositionColumn: return staff.position;
    case StatusColumn: return staff.active ? tr("Active") : tr("Inactive");
    }
    return {};
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    if (role == Qt::UserRole)
        return idAt(index.row());
    const Staff* staff = staffAt(index.row());
    if (!staff)
        return index.column() == NameColumn && role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    return display(*staff, index.column());
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case NipColumn: return tr("NIP");
    case KindColumn: return tr("Kind");
    case UnitColumn: return tr("Work unit");
    case GradeColumn: return tr("Grade");
    case PositionColumn: return tr("Position");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    StaffQuery query = m_query;
    query.sort = column == NipColumn ? StaffSort::Nip : column == KindColumn ? StaffSort::Kind : StaffSort::Name;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void StaffTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace netra
