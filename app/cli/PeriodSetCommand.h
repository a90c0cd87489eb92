// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class PeriodSetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PeriodSetCommand)
public:
    QString noun() const override { return QStringLiteral("period"); }
    QString verb() const override { return QStringLiteral("set"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("NAME"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
