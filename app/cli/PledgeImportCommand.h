// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class PledgeImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PledgeImportCommand)
public:
    QString noun() const override { return QStringLiteral("pledge"); }
    QString verb() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
