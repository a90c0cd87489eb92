// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace netra {

// `netra-cli [--db FILE] NOUN VERB ...`: global options, then one Command. Output goes to
// the streams given, so tests run it in process.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();

    // arguments without the program name.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void printUsage(QTextStream& stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace netra
