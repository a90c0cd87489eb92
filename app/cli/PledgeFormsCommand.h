// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

// `pledge forms`: a unit's ikrar sheet or pakta pages, to be printed and signed, as a PDF.
class PledgeFormsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PledgeFormsCommand)
public:
    QString noun() const override { return QStringLiteral("pledge"); }
    QString verb() const override { return QStringLiteral("forms"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
