// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class SettingsSetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SettingsSetCommand)
public:
    QString noun() const override { return QStringLiteral("settings"); }
    QString verb() const override { return QStringLiteral("set"); }
    QString summary() const override;

protected:
    QString positionalSyntax() const override { return QStringLiteral("KEY VALUE"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
