// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "core/DateInput.h"
#include "store/Database.h"
#include "store/ElectionPeriodRepository.h"
#include "store/SessionRepository.h"
#include "store/StaffRepository.h"

#include <QRegularExpression>

namespace netra {

int Command::exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Usage: return UsageError;
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Cancelled: return InputRejected;
    case ErrorKind::File:
    case ErrorKind::Database: return FileError;
    }
    return FileError;
}

int Command::fail(CommandContext& context, const Error& error)
{
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    context.err << "netra-cli: " << line << Qt::endl;
    return exitCodeFor(error);
}

Result<QString> Command::required(const QCommandLineParser& parser, const QString& option)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        return Error::invalid(tr("--%1 is required.").arg(option));
    return value;
}

Result<QDate> Command::dateOption(const QCommandLineParser& parser, const QString& option, QDate fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const auto date = parseIsoDate(parser.value(option).trimmed());
    if (!date)
        return Error::invalid(tr("--%1: \"%2\" is not a date; write YYYY-MM-DD.").arg(option, parser.value(option)));
    return *date;
}

Result<QTime> Command::timeOption(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return QTime();
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2})[:.]([0-9]{2})$"));
    const QRegularExpressionMatch m = pattern.match(parser.value(option).trimmed());
    const QTime time = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
    if (!time.isValid())
        return Error::invalid(tr("--%1: \"%2\" is not a time of day; write HH:MM.").arg(option, parser.value(option)));
    return time;
}

Result<Session> Command::sessionOption(const QCommandLineParser& parser, Database& db)
{
    const auto text = required(parser, QStringLiteral("session"));
    if (!text)
        return text.error();
    bool number = false;
    const qint64 id = text->toLongLong(&number);
    if (!number || id <= 0)
        return Error::invalid(tr("--session takes a session id (a number, as `session list` shows), not \"%1\".").arg(*text));
    return SessionRepository(db).findById(id);
}

Result<PledgeKind> Command::pledgeKindOption(const QCommandLineParser& parser, PledgeKind fallback)
{
    if (!parser.isSet(QStringLiteral("kind")))
        return fallback;
    const auto kind = PledgeKindText::fromCode(parser.value(QStringLiteral("kind")));
    if (!kind)
        return Error::invalid(tr("--kind takes ikrar or pakta, not \"%1\".").arg(parser.value(QStringLiteral("kind"))));
    return *kind;
}

Result<QList<qint64>> Command::staffIdsOf(const QStringList& nips, Database& db)
{
    StaffRepository staff(db);
    QList<qint64> ids;
    for (const QString& nip : nips) {
        const auto person = staff.findByNip(nip);
        if (!person) {
            if (person.error().kind == ErrorKind::NotFound)
                return Error::notFound(tr("NIP %1 is not in the database; nothing was recorded.").arg(nip));
            return person.error();
        }
        ids.push_back(person->id);
    }
    return ids;
}

Result<Command::PledgeArguments> Command::pledgeArguments(const QCommandLineParser& parser, const CommandContext& context)
{
    for (const char* option : {"period", "kind"}) {
        if (const auto value = required(parser, QLatin1String(option)); !value)
            return value.error();
    }
    PledgeArguments arguments;
    const auto kind = pledgeKindOption(parser, PledgeKind::Ikrar);
    if (!kind)
        return kind.error();
    arguments.kind = *kind;
    const QStringList nips = parser.positionalArguments();
    if (nips.isEmpty())
        return Error::usage(tr("Name at least one NIP."));
    auto db = context.openDatabase();
    if (!db)
        return db.error();
    arguments.db = std::move(*db);
    const auto period = ElectionPeriodRepository(*arguments.db).findByName(parser.value(QStringLiteral("period")));
    if (!period)
        return period.error();
    arguments.period = *period;
    auto ids = staffIdsOf(nips, *arguments.db);
    if (!ids)
        return ids.error();
    arguments.staffIds = std::move(*ids);
    return arguments;
}

void Command::printRejects(CommandContext& context, const ImportSummary& summary)
{
    for (const ImportReject& reject : summary.rejects)
        context.err << tr("row %1, %2 \"%3\": %4").arg(reject.row).arg(reject.column, reject.value, reject.reason) << "\n";
    for (const ImportReject& warning : summary.warnings)
        context.err << tr("row %1, %2 \"%3\" (warning): %4").arg(warning.row).arg(warning.column, warning.value, warning.reason)
                    << "\n";
}

void Command::printSummaryLine(CommandContext& context, const ImportSummary& summary)
{
    // Read by scripts: the same in every UI language.
    context.out << QStringLiteral("added %1, updated %2, unchanged %3, rejected %4")
                       .arg(summary.added)
                       .arg(summary.updated)
                       .arg(summary.unchanged)
                       .arg(summary.rejectedRows)
                << Qt::endl;
}

void Command::addFormatOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"), tr("Output as table (default), csv or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("table")});
}

Result<TableFormat> Command::formatOption(const QCommandLineParser& parser)
{
    const auto format = tableFormatFromCode(parser.value(QStringLiteral("format")));
    if (!format)
        return Error::usage(tr("--format takes table, csv or json."));
    return *format;
}

int Command::execute(const QStringList& args, CommandContext& context)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    declare(parser);
    if (!positionalSyntax().isEmpty())
        parser.addPositionalArgument(positionalSyntax(), QString());

    QStringList argv = args;
    argv.prepend(QStringLiteral("netra-cli ") + name());
    if (!parser.parse(argv))
        return fail(context, Error::usage(parser.errorText()));
    if (parser.isSet(help)) {
        // Qt's own usage line names the executable, not the command: replace it.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        context.out << tr("Usage: netra-cli [--db FILE] %1 [options] %2").arg(name(), positionalSyntax()).trimmed()
                    << "\n" << summary() << "\n" << text;
        context.out.flush();
        return Ok;
    }
    const int code = run(parser, context);
    context.out.flush();
    context.err.flush();
    return code;
}

} // namespace netra
