// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class StaffImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StaffImportCommand)
public:
    QString noun() const override { return QStringLiteral("staff"); }
    QString verb() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
