// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetExportCommand.h"

namespace netra {

class CaseExportCommand final : public SheetExportCommand {
    Q_DECLARE_TR_FUNCTIONS(CaseExportCommand)
public:
    QString verb() const override { return QStringLiteral("cases"); }
    QString summary() const override;

protected:
    Result<qint64> write(Database& db, const Request& request) const override;
    QString written(qint64 rows, const QString& path) const override;
};

} // namespace netra
