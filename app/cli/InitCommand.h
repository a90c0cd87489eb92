// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString noun() const override { return QString(); }
    QString verb() const override { return QStringLiteral("init"); }
    QString summary() const override;

protected:
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
