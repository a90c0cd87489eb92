// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetExportCommand.h"

namespace netra {

class PledgeExportCommand final : public SheetExportCommand {
    Q_DECLARE_TR_FUNCTIONS(PledgeExportCommand)
public:
    QString verb() const override { return QStringLiteral("pledges"); }
    QString summary() const override;

protected:
    Result<qint64> write(Database& db, const Request& request) const override;
    QString written(qint64 rows, const QString& path) const override;
};

} // namespace netra
