// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndonesianDate.h"

#include <array>

namespace netra::IndonesianDate {

namespace {

constexpr std::array<const char*, 12> Months = {"Januari", "Februari", "Maret", "April",
                                                "Mei", "Juni", "Juli", "Agustus",
                                                "September", "Oktober", "November", "Desember"};
constexpr std::array<const char*, 7> Days = {"Senin", "Selasa", "Rabu", "Kamis",
                                             "Jumat", "Sabtu", "Minggu"};

} // namespace

QString monthName(int month)
{
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(Months.at(std::size_t(month - 1)));
}

QString dayName(int isoDayOfWeek)
{
    if (isoDayOfWeek < 1 || isoDayOfWeek > 7)
        return {};
    return QString::fromLatin1(Days.at(std::size_t(isoDayOfWeek - 1)));
}

QString longDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString dayAndDate(QDate date)
{
    if (!date.isValid())
        return {};
    return dayName(date.dayOfWeek()) + QStringLiteral(", ") + longDate(date);
}

QString monthYear(int year, int month)
{
    const QString name = monthName(month);
    if (name.isEmpty())
        return {};
    return name + QLatin1Char(' ') + QString::number(year);
}

QString placeAndDate(const QString& place, QDate date)
{
    const QString when = longDate(date);
    const QString where = place.trimmed();
    if (where.isEmpty() || when.isEmpty())
        return where + when; // whichever is known; never a dangling comma
    return where + QStringLiteral(", ") + when;
}

int monthFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key.size() < 3)
        return 0;
    // Any prefix of at least three letters ("Jan", "Sept", "Agus"), the usual "Agt" and "Ags"
    // for Agustus, and the older spellings still typed on forms ("Pebruari", "Nopember").
    if (key == QLatin1String("agt") || key == QLatin1String("ags"))
        return 8;
    if (QLatin1String("pebruari").startsWith(key))
        return 2;
    if (QLatin1String("nopember").startsWith(key))
        return 11;
    for (std::size_t i = 0; i < Months.size(); ++i) {
        if (QString::fromLatin1(Months.at(i)).toLower().startsWith(key))
            return int(i) + 1;
    }
    return 0;
}

} // namespace netra::IndonesianDate
