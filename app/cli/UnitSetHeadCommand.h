// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class UnitSetHeadCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UnitSetHeadCommand)
public:
    QString noun() const override { return QStringLiteral("unit"); }
    QString verb() const override { return QStringLiteral("set-head"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("CODE NIP"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
