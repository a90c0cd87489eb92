// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class CaseMoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CaseMoveCommand)
public:
    QString noun() const override { return QStringLiteral("case"); }
    QString verb() const override { return QStringLiteral("move"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
