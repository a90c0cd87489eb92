// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>

#include <cstdlib>

namespace netra {

void abortBench(const QString& what)
{
    QTextStream(stderr) << "benchmark failed: " << what << "\n";
    std::exit(3);
}

qint64 statusKb(const QByteArray& name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace netra
