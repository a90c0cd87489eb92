// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchTable.h"

#include <QString>

namespace netra {

class Database;

// The roster import (StaffImporter, as the wizard and `staff import` run it) of every person
// of `source`, exported with the personal columns, into a copy of a database that holds only
// the same work units. With `xlsx`, the XLSX file and a second import of it (nothing to
// change) too; every run's peak resident memory over the process's own when it began.
void addImportRows(BenchTable& table, Database& source, const QString& data, bool xlsx);

} // namespace netra
