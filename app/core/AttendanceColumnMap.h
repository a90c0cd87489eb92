// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace netra {

// Which columns of an attendance file (a Google Forms export, a typed list) hold the NIP,
// the name and the time of each response. Headers are compared case- and space-insensitively
// (StaffColumnMap::headerKey); a known header wins over one that merely mentions "NIP" or
// "Nama" ("NIP (18 digit)", "Nama dan gelar"), and among equals the leftmost column wins.
//
//     const auto map = AttendanceColumnMap::detect(headers);
//     if (!map.hasNip() && !map.hasName()) ...  // nothing to match people on
class AttendanceColumnMap {
public:
    static AttendanceColumnMap detect(const QStringList& headers);

    int nip() const { return m_nip; } // 0-based; -1 when absent
    int name() const { return m_name; }
    int timestamp() const { return m_timestamp; }
    bool hasNip() const { return m_nip >= 0; }
    bool hasName() const { return m_name >= 0; }
    bool hasTimestamp() const { return m_timestamp >= 0; }

    // The header as the file writes it ("" when absent), for messages.
    QString header(int column) const { return column >= 0 ? m_headers.value(column).simplified() : QString(); }
    const QStringList& headers() const { return m_headers; }

private:
    QStringList m_headers;
    int m_nip = -1;
    int m_name = -1;
    int m_timestamp = -1;
};

} // namespace netra
