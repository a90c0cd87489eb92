// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>

#include <optional>

namespace netra {

// The two sheets a Pemda office prints on: A4 and F4 (215 x 330 mm, "folio" in local usage,
// which is not Qt's Folio of 210 x 330 mm).
enum class Paper { A4, F4 };

QPageSize pageSize(Paper paper);
// Stored and command-line codes: "a4", "f4" (case-insensitive).
QString paperCode(Paper paper);
std::optional<Paper> paperFromCode(const QString& code);

} // namespace netra
