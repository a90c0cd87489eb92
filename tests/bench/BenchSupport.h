// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace netra {

// Stops the benchmark with the reason on stderr (exit 3): a figure from a failed run is no
// figure.
[[noreturn]] void abortBench(const QString& what);

// A "Name:   1234 kB" line of /proc/self/status in kB; -1 where there is none.
qint64 statusKb(const QByteArray& name);

// Linux 4.0 and later set the peak (VmHWM) back to the current size when "5" is written to
// /proc/self/clear_refs, so each run's peak is its own; false where that is not possible.
bool resetPeak();

} // namespace netra
