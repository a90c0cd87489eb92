// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFormat.h"

namespace netra {

std::optional<TableFormat> tableFormatFromCode(const QString& code)
{
    const QString key = code.trimmed().toLower();
    if (key == QLatin1String("table"))
        return TableFormat::Table;
    if (key == QLatin1String("csv"))
        return TableFormat::Csv;
    if (key == QLatin1String("json"))
        return TableFormat::Json;
    return std::nullopt;
}

QString tableFormatCode(TableFormat format)
{
    switch (format) {
    case TableFormat::Table: return QStringLiteral("table");
    case TableFormat::Csv: return QStringLiteral("csv");
    case TableFormat::Json: return QStringLiteral("json");
    }
    return {};
}

} // namespace netra
