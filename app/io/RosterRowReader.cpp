// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterRowReader.h"

namespace netra {

RosterRowReader::RosterRowReader(RowSource& source, const StaffRowParser& parser, int nipColumn,
                                 StaffRowParser::StoredKind storedKind, const std::atomic_bool* cancel)
    : m_source(source)
    , m_parser(parser)
    , m_nipColumn(nipColumn)
    , m_storedKind(std::move(storedKind))
    , m_cancel(cancel)
    , m_thread([this] { run(); })
{
}

RosterRowReader::~RosterRowReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RosterRowReader::run()
{
    QList<SpreadsheetCell> cells;
    Batch batch;
    batch.rows.reserve(kBatchRows);
    bool more = true;
    while (more) {
        more = m_source.readRow(cells) && !(m_cancel && m_cancel->load(std::memory_order_relaxed));
        if (more) {
            Row row;
            row.number = m_source.rowNumber();
            row.nipText = cells.value(m_nipColumn).text;
            row.parsed = m_parser.parse(cells, row.number, m_storedKind);
            batch.rows.push_back(std::move(row));
        }
        if (batch.rows.size() < kBatchRows && more)
            continue;
        batch.progress = m_source.progress();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            break;
        if (!batch.rows.isEmpty())
            m_ready.push_back(std::move(batch));
        batch = Batch{};
        if (!m_spent.empty()) {
            batch = std::move(m_spent.front());
            m_spent.pop_front();
        }
        if (!more) {
            m_status = m_source.status();
            m_finished = true;
        }
        lock.unlock();
        m_changed.notify_all();
        // Here, not on the caller's thread: what is left of the rows handed out is freed,
        // and the list keeps its room for the next batch.
        batch.rows.clear();
        batch.rows.reserve(kBatchRows);
    }
    const std::lock_guard lock(m_mutex);
    m_finished = true;
}

bool RosterRowReader::next(Row& row)
{
    if (m_next >= m_current.rows.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        m_spent.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
        m_progress = m_current.progress;
    }
    row = std::move(m_current.rows[m_next++]);
    return true;
}

Status RosterRowReader::status() const
{
    const std::lock_guard lock(m_mutex);
    return m_status;
}

} // namespace netra
