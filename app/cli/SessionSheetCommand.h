// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

// `session sheet`: the printed daftar hadir of a session as a PDF.
class SessionSheetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SessionSheetCommand)
public:
    QString noun() const override { return QStringLiteral("session"); }
    QString verb() const override { return QStringLiteral("sheet"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
