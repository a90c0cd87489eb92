// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class CheckCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString noun() const override { return QString(); }
    QString verb() const override { return QStringLiteral("check"); }
    QString summary() const override;

protected:
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
