// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace netra {

// What a column of an imported staff roster holds. Front and back titles come as separate
// columns in the national staff system's exports and are joined to the name.
enum class StaffField { Nip, Name, FrontTitles, BackTitles, Unit, Position, Grade, Kind, Sex, BirthDate, Tmt };

// Stable English codes for --map and the remembered mapping: nip, name, front_titles,
// back_titles, unit, position, grade, kind, sex, birth_date, tmt.
QString staffFieldCode(StaffField field);
std::optional<StaffField> staffFieldFromCode(const QString& code);
QStringList staffFieldCodes();

} // namespace netra
