// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class CaseListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CaseListCommand)
public:
    QString noun() const override { return QStringLiteral("case"); }
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
