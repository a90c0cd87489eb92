// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>
#include <QString>

#include <optional>

namespace netra {

// Strict YYYY-MM-DD naming a real date: the stored form and what the CLI takes.
std::optional<QDate> parseIsoDate(const QString& text);

// What a clerk types or a spreadsheet holds: ISO; day first as Indonesian forms write it,
// d/m/yyyy, d-m-yyyy or d.m.yyyy; or "27 November 2024" with Indonesian month names (short
// forms too), optionally after a matching day name ("Rabu, 27 November 2024"). Never month
// first, never two-digit years: both guess. Impossible dates give nullopt.
std::optional<QDate> parseDateInput(const QString& text);

// A date and a time of day read from a form export, on no particular clock.
struct WallClockReading {
    QDate date;
    QTime time;
};
// A timestamp as Google Forms writes it, day first ("28/11/2023 9:05:12", seconds optional,
// "." or ":" between hours and minutes), or ISO ("2023-11-28 09:05:12", "2023-11-28T09:05").
std::optional<WallClockReading> parseTimestampInput(const QString& text);

} // namespace netra
