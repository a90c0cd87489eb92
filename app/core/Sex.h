// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace netra {

// L = laki-laki, P = perempuan, as on every Indonesian form and in the NIP's 15th digit.
enum class Sex { Male, Female };

QString sexCode(Sex sex); // "L" / "P"
// Accepts L/P, Laki-laki/Perempuan, Pria/Wanita, M/F, 1/2, case-insensitively.
std::optional<Sex> sexFromText(const QString& text);

} // namespace netra
