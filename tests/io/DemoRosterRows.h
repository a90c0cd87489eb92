// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo kabupaten's people as the HR office lists them, for the roster import's tests.

#include "core/DemoKabupaten.h"
#include "core/Sex.h"
#include "core/StaffKind.h"

#include <QList>
#include <QStringList>

namespace netra::test {

// The header row (NIP, Nama, Unit Kerja, Jabatan, Gol, JK, Jenis Pegawai), then `count` people
// of the demo made with `seed`, each in the unit named as DemoKabupaten::units() names it.
inline QList<QStringList> demoRosterRows(quint32 seed, int count)
{
    using namespace Qt::StringLiterals;
    const QList<WorkUnit> units = DemoKabupaten::units();
    QList<QStringList> rows = {{u"NIP"_s, u"Nama"_s, u"Unit Kerja"_s, u"Jabatan"_s, u"Gol"_s, u"JK"_s, u"Jenis Pegawai"_s}};
    DemoKabupaten demo(seed);
    demo.generateStaff(count, [&](const DemoKabupaten::Person& p) {
        const Staff& s = p.staff;
        rows.push_back({s.nip, s.name, units.at(p.unitIndex).name, s.position, s.grade, sexCode(*s.sex),
                        staffKindCode(s.kind)});
        return true;
    });
    return rows;
}

} // namespace netra::test
