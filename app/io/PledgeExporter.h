// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetCell.h"
#include "SheetOutput.h"

#include "core/ElectionPeriod.h"
#include "core/Result.h"
#include "store/PledgeRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace netra {

class Database;

// The pledges in use (ikrar and pakta) of one period, or of all, as one sheet "Ikrar dan
// Pakta", period by period, each by unit code and name. The period is a column because the
// same person signs again for every election. Fixed Indonesian headers and values.
class PledgeExporter {
    Q_DECLARE_TR_FUNCTIONS(PledgeExporter)
public:
    struct Options {
        qint64 periodId = 0; // 0: every period
        bool maskNip = false;
        QString xlsxLibrary; // another libxlsxwriter file, for tests
    };

    explicit PledgeExporter(Database& db) : m_db(db) {}

    // The number of pledges written.
    Result<qint64> write(const QString& path, SheetOutput::Format format, const Options& options) const;

    static QStringList columns();
    static QList<SheetCell> cells(const ElectionPeriod& period, const PledgeEntry& entry, const Options& options);

private:
    Database& m_db;
};

} // namespace netra
