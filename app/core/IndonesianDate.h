// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Dates as Indonesian paper prints them. Fixed tables, never QLocale: the machine's locale
// (or a missing id_ID locale) must not change a letter, and paper is Indonesian whatever
// language the screens use, so none of this goes through tr().
namespace netra::IndonesianDate {

QString monthName(int month);        // 1 -> "Januari"; empty outside 1-12
QString dayName(int isoDayOfWeek);   // 1 = "Senin" ... 7 = "Minggu"; empty outside 1-7
QString longDate(QDate date);        // "22 November 2026", no leading zero
QString dayAndDate(QDate date);      // "Rabu, 27 November 2024"
QString monthYear(int year, int month); // "Desember 2010"
QString placeAndDate(const QString& place, QDate date); // "Sukamaju, 22 November 2026"

// Inverse of monthName, case-insensitive, also the short forms forms use ("Agt", "Des").
int monthFromName(const QString& name); // 0 when not a month

} // namespace netra::IndonesianDate
