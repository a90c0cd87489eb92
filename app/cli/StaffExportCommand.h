// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class StaffExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StaffExportCommand)
public:
    QString noun() const override { return QStringLiteral("export"); }
    QString verb() const override { return QStringLiteral("staff"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
