// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSource.h"
#include "StaffRowParser.h"

#include "core/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace netra {

// Reads and parses a roster's rows on a thread of its own, a few hundred rows ahead of the
// caller, who meanwhile writes the rows before them: reading and checking a million rows
// then costs the import no time of its own on a machine with two cores. Takes over the
// source after its header row; the parser and the stored-kind lookup are used from the
// reading thread and must only read.
class RosterRowReader {
public:
    struct Row {
        int number = 0;  // the spreadsheet's row number
        QString nipText; // the NIP cell as written, for the reasons of a rejected row
        StaffRowParser::Parsed parsed;
    };

    // `nipColumn`: where the NIP cell is, kept as written with each row.
    RosterRowReader(RowSource& source, const StaffRowParser& parser, int nipColumn,
                    StaffRowParser::StoredKind storedKind, const std::atomic_bool* cancel);
    ~RosterRowReader();
    RosterRowReader(const RosterRowReader&) = delete;
    RosterRowReader& operator=(const RosterRowReader&) = delete;

    // The next row; false at the end of the file, on a read error (see status()) or once
    // `cancel` is set.
    bool next(Row& row);
    // How far through the file the rows handed out so far are, 0..1.
    double progress() const { return m_progress; }
    // The source's status once next() returned false.
    Status status() const;

private:
    static constexpr qsizetype kBatchRows = 256;
    static constexpr std::size_t kBatchesAhead = 8;

    struct Batch {
        QList<Row> rows;
        double progress = 0;
    };

    void run();

    RowSource& m_source;
    const StaffRowParser& m_parser;
    int m_nipColumn;
    StaffRowParser::StoredKind m_storedKind;
    const std::atomic_bool* m_cancel;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::deque<Batch> m_spent; // handed out, back to the reading thread to free and reuse
    bool m_finished = false; // the reading thread has stopped
    bool m_stop = false;     // the caller wants no more rows
    Status m_status;

    Batch m_current; // read on the caller's thread only
    qsizetype m_next = 0;
    double m_progress = 0;
    std::thread m_thread;
};

} // namespace netra
