// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AttendanceCheckinCommand.h"
#include "AttendanceImportCommand.h"
#include "AttendanceListCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "InitCommand.h"
#include "PeriodAddCommand.h"
#include "PeriodListCommand.h"
#include "PeriodSetCommand.h"
#include "CaseAddCommand.h"
#include "CaseKindsCommand.h"
#include "CaseListCommand.h"
#include "CaseMoveCommand.h"
#include "PledgeAddCommand.h"
#include "PledgeAttachCommand.h"
#include "PledgeFormsCommand.h"
#include "PledgeImportCommand.h"
#include "PledgeListCommand.h"
#include "ReportComplianceCommand.h"
#include "SessionAddCommand.h"
#include "SessionListCommand.h"
#include "SessionSheetCommand.h"
#include "SettingsListCommand.h"
#include "SettingsSetCommand.h"
#include "StaffAddCommand.h"
#include "StaffExportCommand.h"
#include "AttendanceExportCommand.h"
#include "PledgeExportCommand.h"
#include "CaseExportCommand.h"
#include "StaffImportCommand.h"
#include "StaffListCommand.h"
#include "UnitAddCommand.h"
#include "UnitImportCommand.h"
#include "UnitListCommand.h"
#include "UnitSetHeadCommand.h"

#include "store/Database.h"

#include <algorithm>

namespace netra {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<UnitListCommand>());
    m_commands.push_back(std::make_unique<UnitAddCommand>());
    m_commands.push_back(std::make_unique<UnitImportCommand>());
    m_commands.push_back(std::make_unique<UnitSetHeadCommand>());
    m_commands.push_back(std::make_unique<StaffListCommand>());
    m_commands.push_back(std::make_unique<StaffAddCommand>());
    m_commands.push_back(std::make_unique<StaffImportCommand>());
    m_commands.push_back(std::make_unique<StaffExportCommand>());
    m_commands.push_back(std::make_unique<AttendanceExportCommand>());
    m_commands.push_back(std::make_unique<PledgeExportCommand>());
    m_commands.push_back(std::make_unique<CaseExportCommand>());
    m_commands.push_back(std::make_unique<PeriodListCommand>());
    m_commands.push_back(std::make_unique<PeriodAddCommand>());
    m_commands.push_back(std::make_unique<PeriodSetCommand>());
    m_commands.push_back(std::make_unique<SessionAddCommand>());
    m_commands.push_back(std::make_unique<SessionListCommand>());
    m_commands.push_back(std::make_unique<SessionSheetCommand>());
    m_commands.push_back(std::make_unique<AttendanceCheckinCommand>());
    m_commands.push_back(std::make_unique<AttendanceListCommand>());
    m_commands.push_back(std::make_unique<AttendanceImportCommand>());
    m_commands.push_back(std::make_unique<PledgeAddCommand>());
    m_commands.push_back(std::make_unique<PledgeImportCommand>());
    m_commands.push_back(std::make_unique<PledgeListCommand>());
    m_commands.push_back(std::make_unique<PledgeAttachCommand>());
    m_commands.push_back(std::make_unique<PledgeFormsCommand>());
    m_commands.push_back(std::make_unique<CaseAddCommand>());
    m_commands.push_back(std::make_unique<CaseMoveCommand>());
    m_commands.push_back(std::make_unique<CaseListCommand>());
    m_commands.push_back(std::make_unique<CaseKindsCommand>());
    m_commands.push_back(std::make_unique<ReportComplianceCommand>());
    m_commands.push_back(std::make_unique<SettingsListCommand>());
    m_commands.push_back(std::make_unique<SettingsSetCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

Cli::~Cli() = default;

void Cli::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: netra-cli [--db FILE] COMMAND [options]") << "\n\n"
           << tr("Without --db, the database is the file named by the environment variable NETRA_DB, else %1.").arg(Database::defaultPath()) << "\n\n"
           << tr("Commands:") << "\n";
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto& command : m_commands)
        stream << "  " << command->name().leftJustified(width + 2) << command->summary() << "\n";
    stream << "\n" << tr("Run netra-cli COMMAND --help for its options.") << "\n";
    stream.flush();
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock)
{
    CommandContext context{out, err, clock, Database::defaultPath()};
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.constFirst().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--db")) {
            if (rest.isEmpty())
                return Command::fail(context, Error::usage(tr("--db needs a file name.")));
            context.databasePath = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            context.databasePath = option.mid(5);
        } else if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            out << "netra-cli " << NETRA_VERSION << Qt::endl;
            return Command::Ok;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printUsage(out);
            return Command::Ok;
        } else {
            return Command::fail(context, Error::usage(tr("Unknown option %1.").arg(option)));
        }
    }
    if (rest.isEmpty()) {
        printUsage(err);
        return Command::UsageError;
    }
    const QString first = rest.takeFirst();
    for (const auto& command : m_commands) {
        if (command->noun().isEmpty() && command->verb() == first)
            return command->execute(rest, context);
    }
    QStringList verbs;
    for (const auto& command : m_commands)
        if (command->noun() == first)
            verbs << command->verb();
    if (verbs.isEmpty())
        return Command::fail(context, Error::usage(tr("Unknown command \"%1\"; run netra-cli --help.").arg(first)));
    const QString verb = rest.isEmpty() ? QString() : rest.takeFirst();
    for (const auto& command : m_commands)
        if (command->noun() == first && command->verb() == verb)
            return command->execute(rest, context);
    return Command::fail(context, Error::usage(tr("Use netra-cli %1 with one of: %2.").arg(first, verbs.join(QStringLiteral(", ")))));
}

} // namespace netra
