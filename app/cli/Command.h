// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include "io/TableFormat.h"

#include "core/ImportReject.h"
#include "core/ElectionPeriod.h"
#include "core/Pledge.h"
#include "core/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

namespace netra {

class Database;

// One `netra-cli NOUN VERB` command. Subclasses declare their options and do the work;
// parsing, --help and the mapping of errors to exit codes live here once.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    enum ExitCode { Ok = 0, UsageError = 1, InputRejected = 2, FileError = 3 };

    virtual ~Command() = default;

    virtual QString noun() const = 0; // "staff"; empty for top-level commands such as init
    virtual QString verb() const = 0; // "list"
    virtual QString summary() const = 0; // one translated line for the command list

    QString name() const { return noun().isEmpty() ? verb() : noun() + QLatin1Char(' ') + verb(); }

    // args are what follows NOUN VERB.
    int execute(const QStringList& args, CommandContext& context);

    static int exitCodeFor(const Error& error);
    // Prints "netra-cli: reason" on stderr and returns the matching exit code.
    static int fail(CommandContext& context, const Error& error);

protected:
    // A required option's value, or an Invalid error naming it (a missing field is rejected
    // input, exit 2, like any other bad value).
    static Result<QString> required(const QCommandLineParser& parser, const QString& option);
    // An ISO date (YYYY-MM-DD) option; `fallback` when the option is absent.
    static Result<QDate> dateOption(const QCommandLineParser& parser, const QString& option, QDate fallback);
    // A time of day option (HH:MM, or HH.MM as Indonesian paper writes it); null when absent.
    static Result<QTime> timeOption(const QCommandLineParser& parser, const QString& option);
    // The session named by --session ID: a number that names a stored session.
    static Result<Session> sessionOption(const QCommandLineParser& parser, Database& db);
    // --kind ikrar|pakta; `fallback` when the option is absent.
    static Result<PledgeKind> pledgeKindOption(const QCommandLineParser& parser, PledgeKind fallback);
    // Staff ids for NIPs typed on the command line; the first one not on the roster is a
    // NotFound error naming it.
    static Result<QList<qint64>> staffIdsOf(const QStringList& nips, Database& db);
    // What `pledge add` and `pledge attach` both take: --period, --kind and a list of NIPs.
    struct PledgeArguments {
        std::unique_ptr<Database> db;
        ElectionPeriod period;
        PledgeKind kind = PledgeKind::Ikrar;
        QList<qint64> staffIds;
    };
    static Result<PledgeArguments> pledgeArguments(const QCommandLineParser& parser, const CommandContext& context);

    // An import's rejected rows and warnings on stderr, one line each with the row number.
    static void printRejects(CommandContext& context, const ImportSummary& summary);
    // "added A, updated U, unchanged N, rejected R" on stdout.
    static void printSummaryLine(CommandContext& context, const ImportSummary& summary);

    // --format table|csv|json of the list commands.
    static void addFormatOption(QCommandLineParser& parser);
    static Result<TableFormat> formatOption(const QCommandLineParser& parser);

    virtual void declare(QCommandLineParser& parser) const { Q_UNUSED(parser); }
    // Positional arguments shown in --help, e.g. "CODE NIP".
    virtual QString positionalSyntax() const { return {}; }
    virtual int run(const QCommandLineParser& parser, CommandContext& context) = 0;
};

} // namespace netra
