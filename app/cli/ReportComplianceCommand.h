// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

class ReportComplianceCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportComplianceCommand)
public:
    QString noun() const override { return QStringLiteral("report"); }
    QString verb() const override { return QStringLiteral("compliance"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) override;

private:
    int writePdf(const QCommandLineParser& parser, CommandContext& context);
    // --format xlsx, or csv with --all-sheets: ComplianceWorkbook's four sheets.
    int writeWorkbook(const QCommandLineParser& parser, CommandContext& context);
};

} // namespace netra
