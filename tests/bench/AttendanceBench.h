// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class BenchTable;

namespace netra {

class Clock;
class Database;

// The sosialisasi rows of the speed table: the registration desk and the form import on the
// million-staff file, the printed daftar hadir on its own small one.
void addDeskAndImportRows(BenchTable& table, Database& db, const QStringList& nips);
void addAttendanceSheetRow(BenchTable& table, const Clock& clock);
// Pledges on the million-staff file: marking a unit's people signed, and one unit's unsigned list.
void addPledgeRows(BenchTable& table, Database& db);

} // namespace netra
