// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsListCommand.h"

#include "io/TableOutput.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include "core/SettingsCatalog.h"

namespace netra {

QString SettingsListCommand::summary() const
{
    return tr("List the settings and their values");
}

void SettingsListCommand::declare(QCommandLineParser& parser) const
{
    addFormatOption(parser);
}

int SettingsListCommand::run(const QCommandLineParser& parser, CommandContext& context)
{
    const auto format = formatOption(parser);
    if (!format)
        return fail(context, format.error());
    const auto db = context.openDatabase();
    if (!db)
        return fail(context, db.error());
    const auto values = SettingsRepository(**db).all();
    if (!values)
        return fail(context, values.error());
    TableOutput table({QStringLiteral("key"), QStringLiteral("value")});
    for (const auto& entry : SettingsCatalog::entries()) {
        QString value = values->value(entry.key);
        // A table row is one line; csv and json carry the line breaks as they are.
        if (*format == TableFormat::Table)
            value.replace(QLatin1Char('\n'), QStringLiteral(" / "));
        table.addRow({entry.key, value});
    }
    table.write(context.out, *format);
    return Ok;
}

} // namespace netra
