// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace netra {

// netra-cli attendance import --session ID FILE [--rejects OUT]: a form export's responses
// recorded present (AttendanceImporter); prints "matched M, by name K, duplicates D,
// unmatched U" on stdout and each unmatched row on stderr.
class AttendanceImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AttendanceImportCommand)
public:
    QString noun() const override { return QStringLiteral("attendance"); }
    QString verb() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void declare(QCommandLineParser& parser) const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    int run(const QCommandLineParser& parser, CommandContext& context) override;
};

} // namespace netra
