// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffField.h"

#include <array>
#include <utility>

namespace netra {

namespace {

constexpr std::array<std::pair<StaffField, const char*>, 11> kCodes = {{
    {StaffField::Nip, "nip"},
    {StaffField::Name, "name"},
    {StaffField::FrontTitles, "front_titles"},
    {StaffField::BackTitles, "back_titles"},
    {StaffField::Unit, "unit"},
    {StaffField::Position, "position"},
    {StaffField::Grade, "grade"},
    {StaffField::Kind, "kind"},
    {StaffField::Sex, "sex"},
    {StaffField::BirthDate, "birth_date"},
    {StaffField::Tmt, "tmt"},
}};

} // namespace

QString staffFieldCode(StaffField field)
{
    for (const auto& [f, code] : kCodes)
        if (f == field)
            return QString::fromLatin1(code);
    return {};
}

std::optional<StaffField> staffFieldFromCode(const QString& code)
{
    QString key = code.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& [f, c] : kCodes)
        if (key == QLatin1String(c))
            return f;
    return std::nullopt;
}

QStringList staffFieldCodes()
{
    QStringList codes;
    for (const auto& entry : kCodes)
        codes << QString::fromLatin1(entry.second);
    return codes;
}

} // namespace netra
