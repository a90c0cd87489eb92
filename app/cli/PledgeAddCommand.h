// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class PledgeAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PledgeAddCommand)
public:
    QString noun() const override { return QStringLiteral("pledge"); }
    QString verb() const override { return QStringLiteral("add"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("NIP..."); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
